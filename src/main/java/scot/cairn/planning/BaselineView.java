package scot.cairn.planning;

import java.time.Instant;

/**
 * One baseline of the plan (B-1, B-2...) and the decision of the board's log that approves it. {@code proposedBy} is
 * null for someone no longer in the partnership; {@code approvedAt} is null until the board approves;
 * {@code current} marks the approved baseline slippage is measured against. {@code decisionStatusKey} is the bundle
 * key of the decision's status; {@code waitingFor} says, in words, what approval is still needed (null unless a draft).
 */
public record BaselineView(
        long id,
        String reference,
        int tasks,
        int milestones,
        String proposedBy,
        Instant proposedAt,
        Instant approvedAt,
        boolean current,
        long decisionId,
        int decisionVersion,
        String decisionReference,
        String decisionStatusKey,
        String waitingFor) {

    /** True while the board has not yet approved or the proposer withdrawn it. */
    public boolean waiting() {
        return approvedAt == null && "governance.decisionStatus.DRAFT".equals(decisionStatusKey);
    }
}
