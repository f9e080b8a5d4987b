package scot.cairn.outcome;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Cost per participant and cost per outcome achieved from the pilot budget. Division keeps {@link #SCALE} decimal
 * places; rounding to pence happens only when a figure is shown. A figure that cannot be worked out carries the
 * reason instead of a value.
 */
public final class CostFigures {

    /** Decimal places kept by the division, far more than any display needs. */
    static final int SCALE = 10;

    private CostFigures() {}

    /** A worked-out cost, or why it cannot be worked out (exactly one of the two is non-null). */
    public record Cost(BigDecimal value, String cannot) {

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
            return cannot("the pilot budget is not recorded");
        }
        if (participants == null) {
            return cannot("the number of participants is not recorded");
        }
        if (participants == 0) {
            return cannot("the number of participants is zero");
        }
        return per(budget, BigDecimal.valueOf(participants));
    }

    public static Cost perOutcome(BigDecimal budget, int outcomesAchieved) {
        if (budget == null) {
            return cannot("the pilot budget is not recorded");
        }
        if (outcomesAchieved == 0) {
            return cannot("no outcome is achieved yet on approved measurements");
        }
        return per(budget, BigDecimal.valueOf(outcomesAchieved));
    }

    private static Cost per(BigDecimal budget, BigDecimal count) {
        return new Cost(budget.divide(count, SCALE, RoundingMode.HALF_UP), null);
    }

    private static Cost cannot(String reason) {
        return new Cost(null, "Cannot compute: " + reason + ".");
    }
}
