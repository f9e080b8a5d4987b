package scot.cairn.sroi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Drop-off moved by x percentage points in every row, each row's drop-off kept within 0 to 100.
 *
 * <p>Rows with the same drop-off and duration share the discounted drop-off factor F, so they are merged into one
 * group with the sum of their impacts (exact): PV(x) = sum over groups of impact x F(clamp(dropOff + x), years). A
 * ratio at one x costs one F per group.
 *
 * <p>PV(x) never increases with x but is not a straight line (compounding raises (1 - dropOff) to powers), so the
 * threshold is found by bisection: first the ends of the range are checked exactly (x = -100 removes all drop-off,
 * x = +100 leaves year 1 only) to tell whether 1 : 1 can be reached at all; then about 37 halvings narrow [0, 100] or
 * [-100, 0] to 1e-9 points. The halvings steer on a double-precision copy of the same formula (one pass over the
 * groups each, instead of a DECIMAL128 pass costing tens of thousands of BigDecimal operations); only the position
 * comes from it, rounded to 9 decimal places, never a reported amount.
 */
final class DropOffResponse implements Response {

    private static final BigDecimal ALL = Checks.HUNDRED;
    private static final double TOLERANCE = 1e-9;

    private final Discounting discounting;
    private final boolean compounding;
    private final BigDecimal[] dropOffs;
    private final int[] years;
    private final BigDecimal[] impacts;
    private final BigDecimal investment;

    private DropOffResponse(PreparedMap map, Map<Group, BigDecimal> groups) {
        this.discounting = map.discounting();
        this.compounding = map.settings().dropOff() == DropOffMethod.COMPOUNDING;
        this.investment = map.investment();
        int n = groups.size();
        this.dropOffs = new BigDecimal[n];
        this.years = new int[n];
        this.impacts = new BigDecimal[n];
        int i = 0;
        for (Map.Entry<Group, BigDecimal> group : groups.entrySet()) {
            dropOffs[i] = group.getKey().dropOff();
            years[i] = group.getKey().years();
            impacts[i++] = group.getValue();
        }
    }

    static DropOffResponse of(PreparedMap map) {
        Map<Group, BigDecimal> groups = new LinkedHashMap<>();
        for (PreparedRow prepared : map.rows()) {
            ImpactRow row = prepared.row();
            Group group = new Group(row.dropOff().stripTrailingZeros(), row.durationYears());
            groups.merge(group, prepared.impact(), BigDecimal::add);
        }
        return new DropOffResponse(map, groups);
    }

    BigDecimal presentValueAt(BigDecimal change) {
        BigDecimal total = BigDecimal.ZERO;
        for (int g = 0; g < impacts.length; g++) {
            BigDecimal dropOff = Checks.clampPercent(dropOffs[g].add(change));
            total = total.add(impacts[g].multiply(discounting.factor(dropOff, years[g])));
        }
        return total;
    }

    @Override
    public Optional<BigDecimal> ratioAt(BigDecimal change) {
        return Ratios.perInvestment(presentValueAt(change), investment);
    }

    @Override
    public Optional<BigDecimal> threshold() {
        if (investment.signum() == 0) {
            return Optional.empty();
        }
        int side = presentValueAt(BigDecimal.ZERO).compareTo(investment);
        if (side == 0) {
            return Optional.of(BigDecimal.ZERO);
        }
        BigDecimal end = side > 0 ? ALL : ALL.negate();
        int endSide = presentValueAt(end).compareTo(investment);
        if (endSide == side) {
            return Optional.empty();
        }
        double root = side > 0 ? bisect(0, 100) : bisect(-100, 0);
        return Optional.of(BigDecimal.valueOf(root).setScale(9, RoundingMode.HALF_EVEN));
    }

    /** Narrows [low, high], PV(low) above the investment and PV(high) at or below it, to the crossing. */
    private double bisect(double low, double high) {
        Search search = new Search();
        double target = investment.doubleValue();
        while (high - low > TOLERANCE) {
            double middle = (low + high) / 2;
            if (search.presentValueAt(middle) > target) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    private record Group(BigDecimal dropOff, int years) {}

    /** The double-precision copy of PV(x) that steers the bisection. */
    private final class Search {
        private final double[] discounts = discounting.discountsForSearch();
        private final double[] impact = new double[impacts.length];
        private final double[] dropOff = new double[impacts.length];

        Search() {
            for (int g = 0; g < impacts.length; g++) {
                impact[g] = impacts[g].doubleValue();
                dropOff[g] = dropOffs[g].doubleValue();
            }
        }

        double presentValueAt(double change) {
            double total = 0;
            for (int g = 0; g < impact.length; g++) {
                double fraction = Math.min(100, Math.max(0, dropOff[g] + change)) / 100;
                total += impact[g] * factor(fraction, years[g]);
            }
            return total;
        }

        private double factor(double dropOffFraction, int lasting) {
            double sum = 0;
            double kept = 1;
            for (int t = 1; t <= lasting && kept > 0; t++) {
                sum += kept * discounts[t];
                kept = compounding ? kept * (1 - dropOffFraction) : 1 - dropOffFraction * t;
            }
            return sum;
        }
    }
}
