package scot.cairn.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.cairn.directory.Sector;
import scot.cairn.partnership.Stage;

/**
 * One decision as the log shows it. {@code reference} is D-1, D-2... within the partnership. {@code waitingFor} says
 * what approval is still needed (null unless a draft). {@code supersedes} and {@code supersededBy} are null when there
 * is none; {@code supersededBy} names only an approved decision. The {@code viewer...} flags are for the person
 * asking.
 */
public record DecisionView(
        long id,
        int version,
        String reference,
        String title,
        String context,
        String options,
        String decision,
        LocalDate decisionDate,
        boolean joint,
        Stage gate,
        DocumentLink document,
        Long riskId,
        DecisionStatus status,
        String proposedBy,
        Instant proposedAt,
        Instant approvedAt,
        List<ApprovalView> approvals,
        String waitingFor,
        DecisionRef supersedes,
        DecisionRef supersededBy,
        boolean viewerMayChange,
        boolean viewerMayApprove) {

    /** A board member's approval, with the organisation and sector they sat for (null for a service user). */
    public record ApprovalView(
            long personId, String name, String organisationName, Sector sector, Instant approvedAt) {}

    /** Another decision of the same log. */
    public record DecisionRef(long id, String reference, String title) {}

    /** "Approved", "Awaiting approval", "Withdrawn", or "Superseded" once a later approved decision replaces it. */
    public String statusLabel() {
        return supersededBy != null ? "Superseded" : status.label();
    }

    /** The gate as "Design to Pilot", or null. */
    public String gateLabel() {
        return gate == null ? null : gate.label() + " to " + gate.next().label();
    }

    public boolean draft() {
        return status == DecisionStatus.DRAFT;
    }

    /** An approved decision that nothing has superseded yet, so a new decision may supersede it. */
    public boolean supersedable() {
        return status == DecisionStatus.APPROVED && supersededBy == null;
    }
}
