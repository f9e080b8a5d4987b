package scot.cairn.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import scot.cairn.platform.Message;

/**
 * Cost per participant and cost per person reaching an outcome, from the pilot budget. The people reached are the
 * latest approved counts of the indicators that count people, added up; a person counted by two indicators counts
 * twice, which the explanation says. Division keeps {@link #SCALE} decimal places; rounding to pence happens only when a
 * figure is shown. A figure that cannot be worked out carries the reason instead of a value.
 */
public final class CostFigures {

    /** Decimal places kept by the division, far more than any display needs. */
    static final int SCALE = 10;

    private CostFigures() {}

    /**
     * A worked-out cost, or why it cannot be worked out (exactly one of value and cannot is non-null); {@code how}
     * says how a cost was worked out, when that is not obvious.
     */
    public record Cost(BigDecimal value, Message cannot, Message how) {

        public boolean computed() {
            return value != null;
        }

        /** The cost in pounds and pence, like £1,234.57 (half up). */
        public String display() {
            return value == null
                    ? null
                    : "£" + String.format(java.util.Locale.UK, "%,.2f", value.setScale(2, RoundingMode.HALF_UP));
        }
    }

    public static Cost perParticipant(BigDecimal budget, Integer participants) {
        if (budget == null) {
            return cannot("outcome.cost.noBudget");
        }
        if (participants == null) {
            return cannot("outcome.cost.noParticipants");
        }
        if (participants == 0) {
            return cannot("outcome.cost.zeroParticipants");
        }
        return per(budget, BigDecimal.valueOf(participants));
    }

    /** One indicator that counts people, with its latest approved value. */
    public record PeopleCount(String indicator, BigDecimal people, String period) {}

    /** The pilot budget divided by the people the outcomes reached, with how that was worked out. */
    public static Cost perPersonReached(BigDecimal budget, List<PeopleCount> counts) {
        if (budget == null) {
            return cannot("outcome.cost.noBudget");
        }
        if (counts.isEmpty()) {
            return cannot("outcome.cost.noPeopleCounts");
        }
        var people = counts.stream().map(PeopleCount::people).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (people.signum() <= 0) {
            return cannot("outcome.cost.nobodyReached");
        }
        var parts = counts.stream()
                .map(c -> Message.of("outcome.cost.howPart", c.indicator(), plain(c.people()), c.period()))
                .toList();
        var how = Message.of(
                counts.size() > 1 ? "outcome.cost.howMany" : "outcome.cost.howOne",
                plain(people),
                Message.joined(parts));
        return new Cost(budget.divide(people, SCALE, RoundingMode.HALF_UP), null, how);
    }

    private static Cost per(BigDecimal budget, BigDecimal count) {
        return new Cost(budget.divide(count, SCALE, RoundingMode.HALF_UP), null, null);
    }

    private static Cost cannot(String key) {
        return new Cost(null, Message.of(key), null);
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }
}
