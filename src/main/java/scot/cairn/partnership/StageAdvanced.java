package scot.cairn.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.cairn.directory.Sector;

/**
 * A partnership passed a gate: it moved from {@code from} to {@code to} on {@code on} (at {@code at}), advanced by
 * {@code byPersonId}, with each criterion as the gate showed it at that moment and the board members who approved.
 */
public record StageAdvanced(
        long partnershipId,
        Stage from,
        Stage to,
        LocalDate on,
        Instant at,
        long byPersonId,
        List<CriterionResult> criteria,
        List<Approver> approvals) {

    /** One board member's approval; organisation and sector are null for a service user or carer. */
    public record Approver(long personId, Long organisationId, Sector sector, Instant approvedAt) {}
}
