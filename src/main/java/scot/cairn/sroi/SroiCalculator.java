package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out the social return on investment of an impact map, following the SROI Guide unless the settings choose a
 * variant. Stateless and safe to share.
 *
 * <ul>
 *   <li>impact (year-1 value) = quantity x proxy value x the claimed share, where the claimed share is (1 -
 *       deadweight) x (1 - displacement) x (1 - attribution), or 1 - (their sum) floored at 0 when deductions are
 *       added;
 *   <li>later years fade by the drop-off (compounding or straight-line) and a row counts for its duration only;
 *   <li>present value = sum over years t of value(t) / (1 + r)^t, or / (1 + r)^(t - 1) when year 1 is not
 *       discounted;
 *   <li>ratio = present value / investment (cash plus in-kind), net ratio = (present value - investment) /
 *       investment, payback = investment / (year-1 impact / 12) months.
 * </ul>
 *
 * <p>Products and sums are exact; quotients, discount factors and long chains of drop-off are DECIMAL128. Nothing
 * is rounded for display here.
 */
public final class SroiCalculator {

    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    /**
     * Calculates the result of an impact map. The lists may be empty (an empty map is worth 0) but not null.
     *
     * @throws IllegalArgumentException when a list or the settings are null
     */
    public SroiResult calculate(List<ImpactRow> rows, List<Investment> investments, Settings settings) {
        PreparedMap map = PreparedMap.of(rows, investments, settings);
        int years = map.discounting().years();
        BigDecimal[] totals = new BigDecimal[years];
        Arrays.fill(totals, BigDecimal.ZERO);
        List<RowResult> results = new ArrayList<>(map.rows().size());
        Map<String, BigDecimal> byStakeholder = new LinkedHashMap<>();
        Map<String, BigDecimal> byOutcome = new LinkedHashMap<>();
        for (PreparedRow prepared : map.rows()) {
            List<BigDecimal> values = valuesPerYear(prepared, years, settings.dropOff());
            for (int i = 0; i < years; i++) {
                totals[i] = totals[i].add(values.get(i));
            }
            results.add(new RowResult(prepared.row(), prepared.impact(), values, prepared.presentValue()));
            byStakeholder.merge(prepared.row().stakeholder(), prepared.presentValue(), BigDecimal::add);
            byOutcome.merge(prepared.row().outcome(), prepared.presentValue(), BigDecimal::add);
        }
        BigDecimal investment = map.investment();
        BigDecimal net = map.presentValue().subtract(investment);
        return new SroiResult(
                results,
                Arrays.asList(totals),
                map.presentValue(),
                investment,
                net,
                Ratios.perInvestment(map.presentValue(), investment),
                Ratios.perInvestment(net, investment),
                payback(investment, Arrays.asList(totals)),
                byStakeholder,
                byOutcome);
    }

    private static List<BigDecimal> valuesPerYear(PreparedRow prepared, int years, DropOffMethod method) {
        BigDecimal[] values = new BigDecimal[years];
        Arrays.fill(values, BigDecimal.ZERO);
        ImpactRow row = prepared.row();
        BigDecimal dropOff = Checks.fraction(row.dropOff());
        BigDecimal keep = BigDecimal.ONE.subtract(dropOff);
        BigDecimal value = prepared.impact();
        for (int t = 1; t <= row.durationYears(); t++) {
            if (method == DropOffMethod.COMPOUNDING) {
                values[t - 1] = value;
                value = value.multiply(keep, Discounting.MC);
            } else {
                values[t - 1] = prepared.impact().multiply(Discounting.straightLineKeep(dropOff, t));
            }
        }
        return Arrays.asList(values);
    }

    /**
     * Simple payback: the investment divided by a month's worth of year-1 value. Empty when nothing was invested
     * (there is nothing to pay back, and "0 months" would flatter an analysis without inputs), when year 1 has no value,
     * and when the undiscounted value of all the years never reaches the investment: it is then not paid back within
     * the benefit period, whatever the year-1 rate says.
     */
    private static Optional<BigDecimal> payback(BigDecimal investment, List<BigDecimal> valuesPerYear) {
        var firstYear = valuesPerYear.isEmpty() ? BigDecimal.ZERO : valuesPerYear.get(0);
        var total = valuesPerYear.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (investment.signum() == 0 || firstYear.signum() == 0 || total.compareTo(investment) < 0) {
            return Optional.empty();
        }
        return Optional.of(investment.multiply(MONTHS_PER_YEAR).divide(firstYear, Discounting.MC));
    }
}
