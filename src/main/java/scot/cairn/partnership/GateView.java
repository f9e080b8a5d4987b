package scot.cairn.partnership;

import java.time.Instant;
import java.util.List;
import scot.cairn.directory.Sector;

/**
 * The gate out of a partnership's current stage: each criterion met or not, the approvals given so far, and what the
 * viewer may do. {@code to} is null when there is no further stage.
 */
public record GateView(
        long partnershipId,
        String title,
        Stage from,
        Stage to,
        List<CriterionResult> criteria,
        List<ApprovalView> approvals,
        boolean viewerMayApprove,
        boolean viewerHasApproved,
        boolean viewerManages) {

    /**
     * One approval. {@code personName} is null when the person has left the directory; {@code organisationName} is
     * null for a service user or carer (no sector) and for an organisation that has left the directory.
     */
    public record ApprovalView(String personName, String organisationName, Sector sector, Instant approvedAt) {}

    /** True when every criterion, including the joint approval, is met. */
    public boolean open() {
        return to != null && criteria.stream().allMatch(CriterionResult::met);
    }
}
