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
        String riskTitle,
        String earlierRisk,
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

    /**
     * The bundle key of the status as the log shows it: approved, awaiting approval, withdrawn, or superseded once a
     * later approved decision replaces it.
     */
    public String statusKey() {
        return supersededBy != null ? "governance.decisionStatus.superseded" : status.labelKey();
    }

    public boolean draft() {
        return status == DecisionStatus.DRAFT;
    }

    /** An approved decision that nothing has superseded yet, so a new decision may supersede it. */
    public boolean supersedable() {
        return status == DecisionStatus.APPROVED && supersededBy == null;
    }
}
