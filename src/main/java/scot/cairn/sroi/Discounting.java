package scot.cairn.sroi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * Discount factors for one analysis and the "discounted drop-off factor" of a row: the present value of one pound of
 * year-1 impact that lasts {@code years} years and fades by the drop-off, {@code F = sum over t of keep(t) x d(t)}.
 * A row's present value is then its impact times F, and F is shared by every row with the same drop-off and
 * duration, so it is worked out once per pair (not thread-safe: one instance per calculation).
 *
 * <p>Discount factors are {@code d(t) = 1 / (1 + r)^t}, or {@code 1 / (1 + r)^(t - 1)} when year 1 is not
 * discounted, each correctly rounded to {@link MathContext#DECIMAL128}.
 */
final class Discounting {

    static final MathContext MC = MathContext.DECIMAL128;

    private final DropOffMethod method;
    private final BigDecimal[] discount;
    private final BigDecimal[] sumOfDiscounts;
    private final BigDecimal[] sumOfElapsedTimesDiscount;
    private final Map<Key, BigDecimal> factors = new HashMap<>();

    Discounting(Settings settings, int years) {
        this.method = settings.dropOff();
        this.discount = new BigDecimal[years + 1];
        this.sumOfDiscounts = new BigDecimal[years + 1];
        this.sumOfElapsedTimesDiscount = new BigDecimal[years + 1];
        BigDecimal growth = BigDecimal.ONE.add(Checks.fraction(settings.discountRate()));
        BigDecimal power = settings.discountFirstYear() ? growth : BigDecimal.ONE;
        sumOfDiscounts[0] = BigDecimal.ZERO;
        sumOfElapsedTimesDiscount[0] = BigDecimal.ZERO;
        for (int t = 1; t <= years; t++) {
            discount[t] = BigDecimal.ONE.divide(power, MC);
            sumOfDiscounts[t] = sumOfDiscounts[t - 1].add(discount[t]);
            sumOfElapsedTimesDiscount[t] =
                    sumOfElapsedTimesDiscount[t - 1].add(discount[t].multiply(BigDecimal.valueOf(t - 1)));
            power = power.multiply(growth);
        }
    }

    int years() {
        return discount.length - 1;
    }

    /**
     * The share of the year-1 value left in year {@code t} under straight-line drop-off: {@code 1 - dropOff x (t - 1)},
     * floored at 0; exact. {@code dropOff} is a fraction.
     */
    static BigDecimal straightLineKeep(BigDecimal dropOff, int t) {
        BigDecimal keep = BigDecimal.ONE.subtract(dropOff.multiply(BigDecimal.valueOf(t - 1)));
        return keep.signum() < 0 ? BigDecimal.ZERO : keep;
    }

    /** F for a drop-off (percentage, 0 to 100) over {@code years} years, rounded to DECIMAL128. */
    BigDecimal factor(BigDecimal dropOffPercent, int years) {
        return factors.computeIfAbsent(new Key(dropOffPercent.stripTrailingZeros(), years), this::compute);
    }

    private BigDecimal compute(Key key) {
        BigDecimal dropOff = Checks.fraction(key.dropOffPercent());
        return method == DropOffMethod.COMPOUNDING
                ? compounding(dropOff, key.years())
                : straightLine(dropOff, key.years());
    }

    private BigDecimal compounding(BigDecimal dropOff, int years) {
        BigDecimal keep = BigDecimal.ONE.subtract(dropOff);
        BigDecimal kept = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        for (int t = 1; t <= years && kept.signum() > 0; t++) {
            sum = sum.add(kept.multiply(discount[t]));
            kept = kept.multiply(keep, MC);
        }
        return sum.round(MC);
    }

    /**
     * Sum over the years with something left of (1 - dropOff x (t - 1)) x d(t), which is the sum of d(t) less dropOff
     * times the sum of (t - 1) x d(t): two running sums worked out once, so any drop-off costs one multiplication.
     */
    private BigDecimal straightLine(BigDecimal dropOff, int years) {
        int lasting = years;
        if (dropOff.multiply(BigDecimal.valueOf(years - 1L)).compareTo(BigDecimal.ONE) >= 0) {
            // Year t keeps something while dropOff x (t - 1) < 1, that is up to year ceil(1 / dropOff) < years.
            lasting = BigDecimal.ONE.divide(dropOff, 0, RoundingMode.CEILING).intValueExact();
        }
        return sumOfDiscounts[lasting]
                .subtract(dropOff.multiply(sumOfElapsedTimesDiscount[lasting]))
                .round(MC);
    }

    /** Discount factors as doubles, index = year; only for steering a root search, never for reported figures. */
    double[] discountsForSearch() {
        double[] result = new double[discount.length];
        for (int t = 1; t < discount.length; t++) {
            result[t] = discount[t].doubleValue();
        }
        return result;
    }

    private record Key(BigDecimal dropOffPercent, int years) {}
}
