package scot.cairn.governance;

import java.math.BigDecimal;
import scot.cairn.partnership.Role;

/**
 * One role assignment. {@code organisationName} is null when the person takes part for themselves. {@code committed}
 * is the person's total days a month across all partnerships and {@code committedPercent} that share of their
 * {@code capacity}.
 */
public record AssignmentView(
        long id,
        int version,
        Role role,
        long personId,
        String personName,
        String email,
        Long organisationId,
        String organisationName,
        BigDecimal daysPerMonth,
        boolean lead,
        BigDecimal committed,
        BigDecimal capacity,
        BigDecimal committedPercent) {

    /** At or above 100% of capacity: shown as a warning. */
    public boolean fullyCommitted() {
        return committedPercent.compareTo(BigDecimal.valueOf(100)) >= 0;
    }
}
