package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Deadweight, displacement or attribution moved by x percentage points in every row, each row's percentage kept
 * within 0 to 100.
 *
 * <p>A row's present value is its gross present value G (quantity x proxy x F) times its claimed share, and the share
 * is a straight line in the moved percentage p' = clamp(p + x, 0, 100) until a floor:
 *
 * <ul>
 *   <li>multiplied: G x m x (1 - p' / 100), m the product of the other two (1 - percentage)s, which is the ramp
 *       (G x m / 100) x (b - clamp(x, a, b)) with a = -p and b = 100 - p;
 *   <li>added: G x max(0, 1 - (p' + o) / 100), o the sum of the other two, which is the ramp (G / 100) x (b -
 *       clamp(x, a, b)) with a = -p and b = 100 - o - p (always 0 when o is 100 or more).
 * </ul>
 *
 * So the total is a {@link RampSum}: the ratio at any x costs a binary search and the threshold is solved exactly
 * on the one straight piece where the present value crosses the investment.
 */
final class DeductionResponse implements Response {

    private final RampSum presentValue;
    private final BigDecimal investment;

    private DeductionResponse(RampSum presentValue, BigDecimal investment) {
        this.presentValue = presentValue;
        this.investment = investment;
    }

    static DeductionResponse of(PreparedMap map, Assumption assumption) {
        boolean multiplied = map.settings().deductions() == DeductionMethod.MULTIPLIED;
        RampSum.Builder ramps = new RampSum.Builder();
        for (PreparedRow prepared : map.rows()) {
            BigDecimal[] percents = percents(prepared.row(), assumption);
            BigDecimal moved = percents[0];
            BigDecimal start = moved.negate();
            if (multiplied) {
                BigDecimal others = remaining(percents[1]).multiply(remaining(percents[2]));
                BigDecimal slope = prepared.grossPresentValue().multiply(others).movePointLeft(2);
                ramps.add(start, Checks.HUNDRED.subtract(moved), slope);
            } else {
                BigDecimal room = Checks.HUNDRED.subtract(percents[1]).subtract(percents[2]);
                if (room.signum() > 0) {
                    ramps.add(
                            start,
                            room.subtract(moved),
                            prepared.grossPresentValue().movePointLeft(2));
                }
            }
        }
        return new DeductionResponse(ramps.build(), map.investment());
    }

    /** The moved percentage first, then the other two. */
    private static BigDecimal[] percents(ImpactRow row, Assumption assumption) {
        return switch (assumption) {
            case DEADWEIGHT -> new BigDecimal[] {row.deadweight(), row.displacement(), row.attribution()};
            case DISPLACEMENT -> new BigDecimal[] {row.displacement(), row.deadweight(), row.attribution()};
            case ATTRIBUTION -> new BigDecimal[] {row.attribution(), row.deadweight(), row.displacement()};
            default -> throw new IllegalArgumentException(assumption + " is not a deduction");
        };
    }

    private static BigDecimal remaining(BigDecimal percent) {
        return BigDecimal.ONE.subtract(Checks.fraction(percent));
    }

    @Override
    public Optional<BigDecimal> ratioAt(BigDecimal change) {
        return Ratios.perInvestment(presentValue.valueAt(change), investment);
    }

    @Override
    public Optional<BigDecimal> threshold() {
        return investment.signum() == 0 ? Optional.empty() : presentValue.nearestReach(investment);
    }
}
