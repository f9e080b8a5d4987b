package scot.cairn.outcome;

import java.time.Instant;
import java.util.List;
import scot.cairn.directory.Sector;
import scot.cairn.platform.Message;

/**
 * A period's sign-off: who submitted it and when, the board's approvals so far, when it was approved (null until the
 * joint approval is met) and what it still needs. {@code reopenedAt} is when changed values last withdrew approvals.
 */
public record SignoffView(
        String period,
        int version,
        String submittedBy,
        Instant submittedAt,
        List<Approval> approvals,
        Instant approvedAt,
        Message stillNeeded,
        Instant reopenedAt) {

    /** One board member's approval; sector null for a service user or carer. */
    public record Approval(long personId, String name, Sector sector, Instant approvedAt) {}

    public boolean approved() {
        return approvedAt != null;
    }
}
