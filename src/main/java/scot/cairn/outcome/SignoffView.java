package scot.cairn.outcome;

import java.time.Instant;

/** A period's sign-off: who submitted it and when, and who approved it and when (both null until approved). */
public record SignoffView(
        String period, String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt) {

    public boolean approved() {
        return approvedBy != null;
    }
}
