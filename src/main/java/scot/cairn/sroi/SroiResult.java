package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scot.cairn.platform.Message;

/**
 * The outcome of an SROI calculation. Amounts are exact or DECIMAL128, never rounded for display (use
 * {@link SroiDisplay}).
 *
 * <p>When nothing was invested the ratio, net ratio and payback are empty and {@link #message()} says why; the
 * present value and breakdowns are still there. Payback is also empty when the year-1 impact is 0, and when the
 * undiscounted value of all the years together never reaches the investment (it is not paid back in the benefit
 * period, however many months a year-1 rate would suggest).
 *
 * @param rows one result per impact-map row, in the map's order
 * @param valuesPerYear total undiscounted value in years 1 to the longest duration (index 0 is year 1)
 * @param presentValue total present value, the sum of the rows' present values
 * @param investment total inputs, cash plus in-kind
 * @param netPresentValue present value less investment (negative when the value does not cover the inputs)
 * @param ratio present value / investment, the "£x of social value for every £1 invested"
 * @param netRatio net present value / investment
 * @param paybackMonths investment / (year-1 impact / 12): months of year-1 value needed to cover the investment
 * @param presentValueByStakeholder present value per stakeholder, in the order stakeholders first appear
 * @param presentValueByOutcome present value per outcome, in the order outcomes first appear
 */
public record SroiResult(
        List<RowResult> rows,
        List<BigDecimal> valuesPerYear,
        BigDecimal presentValue,
        BigDecimal investment,
        BigDecimal netPresentValue,
        Optional<BigDecimal> ratio,
        Optional<BigDecimal> netRatio,
        Optional<BigDecimal> paybackMonths,
        Map<String, BigDecimal> presentValueByStakeholder,
        Map<String, BigDecimal> presentValueByOutcome) {

    public static final String NO_INVESTMENT = "No investment recorded: a ratio cannot be calculated";
    public static final String NO_FIRST_YEAR_VALUE = "No value in year 1: the investment is not paid back";
    public static final String NOT_PAID_BACK =
            "Not paid back within the benefit period: the value of every year added up is less than the investment";

    public SroiResult {
        rows = List.copyOf(rows);
        valuesPerYear = List.copyOf(valuesPerYear);
        presentValueByStakeholder = Collections.unmodifiableMap(new LinkedHashMap<>(presentValueByStakeholder));
        presentValueByOutcome = Collections.unmodifiableMap(new LinkedHashMap<>(presentValueByOutcome));
    }

    /** True when the inputs add up to 0, so there is no ratio, net ratio or payback. */
    public boolean noInvestment() {
        return investment.signum() == 0;
    }

    /** The total value in year 1 (the sum of the rows' impacts); 0 for an empty map. */
    public BigDecimal firstYearImpact() {
        return valuesPerYear.isEmpty() ? BigDecimal.ZERO : valuesPerYear.get(0);
    }

    /** The value of every year added up, undiscounted. */
    public BigDecimal totalValue() {
        return valuesPerYear.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Why the ratio or payback is missing, if one is, for a person in their language. */
    public Optional<Message> reason() {
        return message()
                .map(m -> Message.of(
                        m.equals(NO_INVESTMENT)
                                ? "sroi.result.noInvestment"
                                : m.equals(NO_FIRST_YEAR_VALUE)
                                        ? "sroi.result.noFirstYearValue"
                                        : "sroi.result.notPaidBack"));
    }

    /** Why the ratio or payback is missing, if one is, in English (the API's stable wording). */
    public Optional<String> message() {
        if (noInvestment()) {
            return Optional.of(NO_INVESTMENT);
        }
        if (paybackMonths.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(firstYearImpact().signum() == 0 ? NO_FIRST_YEAR_VALUE : NOT_PAID_BACK);
    }
}
