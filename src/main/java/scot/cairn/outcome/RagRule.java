package scot.cairn.outcome;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The RAG rule: an actual value against its target, in the indicator's direction. Green when the target is met (at
 * or above it when higher is better, at or below it when lower is better); Amber when it misses by no more than
 * {@link #TOLERANCE} of the target; Red otherwise. "No target" when the indicator has none (whatever was recorded),
 * "No data" when a target exists but nothing was recorded.
 */
public final class RagRule {

    /** How far from the target still counts as Amber: 10% of the target. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.10");

    /** The tolerance as people read it, for pages that explain the rule. */
    public static final String TOLERANCE_TEXT = "10%";

    private RagRule() {}

    public static Rag of(BigDecimal actual, BigDecimal target, Direction direction) {
        Objects.requireNonNull(direction, "direction");
        if (target == null) {
            return Rag.NO_TARGET;
        }
        if (actual == null) {
            return Rag.NO_DATA;
        }
        // How far the actual is on the wrong side of the target; zero or less means met.
        var shortfall = direction == Direction.HIGHER_IS_BETTER ? target.subtract(actual) : actual.subtract(target);
        if (shortfall.signum() <= 0) {
            return Rag.GREEN;
        }
        return shortfall.compareTo(target.abs().multiply(TOLERANCE)) <= 0 ? Rag.AMBER : Rag.RED;
    }

    /** One period's value (null when none was recorded). */
    public record Point(Period period, BigDecimal actual) {}

    /**
     * The overall status: the latest period with a value against the target; "No data" when no period has one (or
     * "No target" when there is no target).
     */
    public static Rag overall(List<Point> points, BigDecimal target, Direction direction) {
        var latest = points.stream()
                .filter(p -> p.actual() != null)
                .max(Comparator.comparing(Point::period))
                .map(Point::actual)
                .orElse(null);
        return of(latest, target, direction);
    }

    /**
     * Whether an outcome is achieved, from the statuses of its indicators: every indicator that has a target and a
     * value is Green, and there is at least one. Indicators with no target or no data are left out.
     */
    public static boolean achieved(List<Rag> indicatorStatuses) {
        var judged = indicatorStatuses.stream()
                .filter(r -> r != Rag.NO_DATA && r != Rag.NO_TARGET)
                .toList();
        return !judged.isEmpty() && judged.stream().allMatch(r -> r == Rag.GREEN);
    }
}
