package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static scot.cairn.sroi.Rows.cash;
import static scot.cairn.sroi.Rows.inputs;
import static scot.cairn.sroi.Rows.num;
import static scot.cairn.sroi.Rows.row;

import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The calculation pinned to examples worked by hand from the SROI Guide formulas. Discount factors at 3.5%:
 * 1.035^1 = 1.035, ^2 = 1.071225, ^3 = 1.108717875, ^4 = 1.147523000625, ^5 = 1.187686305646875. Expected values
 * are given to 25 or more significant digits; the engine works to 34, so they must match to 1e-20.
 */
class SroiCalculatorTests {

    private static final Offset<BigDecimal> EXACTLY = within(num("1e-20"));

    private final SroiCalculator calculator = new SroiCalculator();

    @Test
    void singleRowOverOneYear() {
        // gross = 10 x 1,000 = 10,000; share = (1 - 0.20) x (1 - 0.10) x (1 - 0.25) = 0.8 x 0.9 x 0.75 = 0.54
        // impact = 5,400; PV = 5,400 / 1.035 = 120,000 / 23 = 5,217.391304347826086956521739...
        // investment = 4,000 cash + 1,000 in kind = 5,000; ratio = 5,217.3913... / 5,000 = 1.0434782608695652...
        // NPV = 217.3913043478...; net ratio = 0.04347826086956...; payback = 5,000 x 12 / 5,400 = 11.111... months
        ImpactRow placement = row().quantity("10")
                .proxy("1000")
                .deadweight("20")
                .displacement("10")
                .attribution("25")
                .build();

        SroiResult result = calculator.calculate(List.of(placement), List.of(inputs("4000", "1000")), Settings.guide());

        assertThat(result.rows().get(0).impact()).isEqualByComparingTo("5400");
        assertThat(result.valuesPerYear())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(num("5400"));
        assertThat(result.presentValue()).isCloseTo(num("5217.391304347826086956521739130435"), EXACTLY);
        assertThat(result.rows().get(0).presentValue()).isEqualByComparingTo(result.presentValue());
        assertThat(result.investment()).isEqualByComparingTo("5000");
        assertThat(result.netPresentValue()).isCloseTo(num("217.3913043478260869565217391304348"), EXACTLY);
        assertThat(result.ratio())
                .hasValueSatisfying(
                        ratio -> assertThat(ratio).isCloseTo(num("1.043478260869565217391304347826087"), EXACTLY));
        assertThat(result.netRatio())
                .hasValueSatisfying(
                        ratio -> assertThat(ratio).isCloseTo(num("0.04347826086956521739130434782608696"), EXACTLY));
        assertThat(result.paybackMonths())
                .hasValueSatisfying(
                        months -> assertThat(months).isCloseTo(num("11.11111111111111111111111111111111"), EXACTLY));
        assertThat(result.noInvestment()).isFalse();
        assertThat(result.message()).isEmpty();
    }

    @Test
    void severalRowsWithDifferentDurationsAndDropOffOverFiveYears() {
        SroiResult result = calculator.calculate(threeRows(), List.of(inputs("10000", "2000")), Settings.guide());

        // A: 4 x 2,500 = 10,000 x 0.75 x 1 x 0.8 = 6,000; 10% drop-off for 3 years: 6,000, 5,400, 4,860
        // B: 20 x 150 = 3,000 x 1 x 1 x 0.5 = 1,500; 50% drop-off for 5 years: 1,500, 750, 375, 187.5, 93.75
        // C: 1 x 800 = 800, no deductions or drop-off, 2 years: 800, 800
        RowResult a = result.rows().get(0);
        assertThat(a.valuesPerYear())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(num("6000"), num("5400"), num("4860"), num("0"), num("0"));
        assertThat(result.rows().get(1).valuesPerYear())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(num("1500"), num("750"), num("375"), num("187.5"), num("93.75"));
        assertThat(result.rows().get(2).valueInYear(2)).isEqualByComparingTo("800");
        assertThat(result.rows().get(2).valueInYear(3)).isEqualByComparingTo("0");
        assertThat(a.valueInYear(6)).isEqualByComparingTo("0");
        // Totals per year: 8,300; 6,950; 5,235; 187.5; 93.75
        assertThat(result.valuesPerYear())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(num("8300"), num("6950"), num("5235"), num("187.5"), num("93.75"));
        // PV(A) = 6,000 / 1.035 + 5,400 / 1.071225 + 4,860 / 1.108717875
        //       = 5,797.1014492754 + 5,040.9577819786 + 4,383.4415495466 = 15,221.5007808005
        // PV(B) = 1,500 / 1.035 + 750 / 1.071225 + 375 / 1.108717875 + 187.5 / 1.147523000625
        //         + 93.75 / 1.187686305646875 = 2,729.9673043056
        // PV(C) = 800 / 1.035 + 800 / 1.071225 = 772.9468599034 + 746.8085602931 = 1,519.7554201965
        assertThat(a.presentValue()).isCloseTo(num("15221.50078080052601298594559053"), EXACTLY);
        assertThat(result.rows().get(1).presentValue()).isCloseTo(num("2729.967304305619992837504400738"), EXACTLY);
        assertThat(result.rows().get(2).presentValue()).isCloseTo(num("1519.755420196504002427127820953"), EXACTLY);
        // Total PV = 19,471.2235053027; investment 12,000; ratio 1.6226019588; NPV 7,471.2235053027
        // payback = 12,000 x 12 / 8,300 = 17.3493975904 months (year-1 value, no discounting or drop-off)
        assertThat(result.presentValue()).isCloseTo(num("19471.22350530265000825057781222"), EXACTLY);
        assertThat(result.ratio())
                .hasValueSatisfying(
                        ratio -> assertThat(ratio).isCloseTo(num("1.622601958775220834020881484352"), EXACTLY));
        assertThat(result.netRatio())
                .hasValueSatisfying(
                        ratio -> assertThat(ratio).isCloseTo(num("0.6226019587752208340208814843518"), EXACTLY));
        assertThat(result.netPresentValue()).isCloseTo(num("7471.223505302650008250577812222"), EXACTLY);
        assertThat(result.paybackMonths())
                .hasValueSatisfying(
                        months -> assertThat(months).isCloseTo(num("17.34939759036144578313253012048"), EXACTLY));
    }

    @Test
    void breakdownsByStakeholderAndOutcomeKeepFirstSeenOrderAndAddUpToTheTotal() {
        SroiResult result = calculator.calculate(threeRows(), List.of(cash("12000")), Settings.guide());

        // Young people = A + C = 15,221.5007808005 + 1,519.7554201965; Carers = B
        // Stable placement = A; Better mental health = B + C = 2,729.9673043056 + 1,519.7554201965
        assertThat(result.presentValueByStakeholder()).containsOnlyKeys("Young people", "Carers");
        assertThat(result.presentValueByStakeholder().keySet()).containsExactly("Young people", "Carers");
        assertThat(result.presentValueByStakeholder().get("Young people"))
                .isCloseTo(num("16741.25620099703001541307341148"), EXACTLY);
        assertThat(result.presentValueByStakeholder().get("Carers"))
                .isCloseTo(num("2729.967304305619992837504400738"), EXACTLY);
        assertThat(result.presentValueByOutcome().keySet()).containsExactly("Stable placement", "Better mental health");
        assertThat(result.presentValueByOutcome().get("Better mental health"))
                .isCloseTo(num("4249.722724502123995264632221690"), EXACTLY);
        assertThat(sum(result.presentValueByStakeholder().values())).isCloseTo(result.presentValue(), EXACTLY);
        assertThat(sum(result.presentValueByOutcome().values())).isCloseTo(result.presentValue(), EXACTLY);
    }

    @Test
    void zeroDeductionsClaimTheWholeValue() {
        // 100 x 50 = 5,000 a year for 2 years; PV = 5,000 / 1.035 + 5,000 / 1.071225 = 9,498.4713762282
        ImpactRow row = row().quantity("100").proxy("50").years(2).build();

        SroiResult result = calculator.calculate(List.of(row), List.of(cash("5000")), Settings.guide());

        assertThat(result.rows().get(0).impact()).isEqualByComparingTo("5000");
        assertThat(result.presentValue()).isCloseTo(num("9498.471376228150015169548880954"), EXACTLY);
        assertThat(result.ratio())
                .hasValueSatisfying(
                        ratio -> assertThat(ratio).isCloseTo(num("1.899694275245630003033909776191"), EXACTLY));
    }

    @Test
    void fullDeadweightLeavesNoValueAndARatioOfZero() {
        // Everything would have happened anyway: impact = 10,000 x (1 - 1) = 0, PV 0, ratio 0 / 1,000 = 0,
        // NPV = -1,000, net ratio = -1, and with no year-1 value the investment is never paid back.
        ImpactRow row =
                row().quantity("10").proxy("1000").deadweight("100").years(3).build();

        SroiResult result = calculator.calculate(List.of(row), List.of(cash("1000")), Settings.guide());

        assertThat(result.presentValue()).isEqualByComparingTo("0");
        assertThat(result.ratio()).hasValueSatisfying(ratio -> assertThat(ratio).isEqualByComparingTo("0"));
        assertThat(result.netPresentValue()).isEqualByComparingTo("-1000");
        assertThat(result.netRatio())
                .hasValueSatisfying(ratio -> assertThat(ratio).isEqualByComparingTo("-1"));
        assertThat(result.paybackMonths()).isEmpty();
        assertThat(result.message()).contains(SroiResult.NO_FIRST_YEAR_VALUE);
    }

    @Test
    void zeroInvestmentSaysSoInsteadOfDividing() {
        // PV = 1,000 / 1.035 = 966.1835748792; no inputs, so no ratio, net ratio or payback, and NPV = PV.
        ImpactRow row = row().quantity("1").proxy("1000").build();

        SroiResult none = calculator.calculate(List.of(row), List.of(), Settings.guide());
        SroiResult zeros = calculator.calculate(List.of(row), List.of(inputs("0", "0")), Settings.guide());

        for (SroiResult result : List.of(none, zeros)) {
            assertThat(result.noInvestment()).isTrue();
            assertThat(result.ratio()).isEmpty();
            assertThat(result.netRatio()).isEmpty();
            assertThat(result.paybackMonths()).isEmpty();
            assertThat(result.message()).contains("No investment recorded: a ratio cannot be calculated");
            assertThat(result.presentValue()).isCloseTo(num("966.1835748792270531400966183574879"), EXACTLY);
            assertThat(result.netPresentValue()).isEqualByComparingTo(result.presentValue());
        }
        assertThat(none.ratio()).isEmpty();
    }

    @Test
    void anEmptyMapIsWorthNothing() {
        SroiResult result = calculator.calculate(List.of(), List.of(cash("500")), Settings.guide());

        assertThat(result.rows()).isEmpty();
        assertThat(result.valuesPerYear()).isEmpty();
        assertThat(result.presentValue()).isEqualByComparingTo("0");
        assertThat(result.firstYearImpact()).isEqualByComparingTo("0");
        assertThat(result.ratio()).hasValueSatisfying(ratio -> assertThat(ratio).isEqualByComparingTo("0"));
        assertThat(result.paybackMonths()).isEmpty();
        assertThat(result.presentValueByStakeholder()).isEmpty();
    }

    @Test
    void paybackUsesTheYearOneValueOfAllRows() {
        // Year-1 values 6,000 + 1,500 + 800 = 8,300 = 691.67 a month; 3,000 / 691.67 = 3,000 x 12 / 8,300 = 4.337
        // months
        SroiResult result = calculator.calculate(threeRows(), List.of(cash("3000")), Settings.guide());

        assertThat(result.firstYearImpact()).isEqualByComparingTo("8300");
        assertThat(result.paybackMonths())
                .hasValueSatisfying(
                        months -> assertThat(months).isCloseTo(num("4.337349397590361445783132530120482"), EXACTLY));
    }

    @Test
    void anInvestmentTheYearsNeverAddUpToIsNotPaidBackWithinTheBenefitPeriod() {
        // Year 1 is worth 10 x 100 = 1,000; over 2 years with 50% drop-off 1,000 + 500 = 1,500 undiscounted. An
        // investment of 3,000 would take 36 months at the year-1 rate, but the value never reaches it.
        ImpactRow row = row().quantity("10").proxy("100").years(2).dropOff("50").build();

        SroiResult result = calculator.calculate(List.of(row), List.of(cash("3000")), Settings.guide());

        assertThat(result.totalValue()).isEqualByComparingTo("1500");
        assertThat(result.paybackMonths()).isEmpty();
        assertThat(result.message()).contains(SroiResult.NOT_PAID_BACK);
        assertThat(result.netRatio())
                .hasValueSatisfying(n -> assertThat(n.signum()).isNegative());

        SroiResult paidBack = calculator.calculate(List.of(row), List.of(cash("1500")), Settings.guide());
        assertThat(paidBack.paybackMonths())
                .hasValueSatisfying(months -> assertThat(months).isEqualByComparingTo("18"));
        assertThat(paidBack.message()).isEmpty();
    }

    /** The three rows worked through in {@link #severalRowsWithDifferentDurationsAndDropOffOverFiveYears()}. */
    static List<ImpactRow> threeRows() {
        ImpactRow a = row().stakeholder("Young people")
                .outcome("Stable placement")
                .quantity("4")
                .proxy("2500")
                .deadweight("25")
                .attribution("20")
                .dropOff("10")
                .years(3)
                .build();
        ImpactRow b = row().stakeholder("Carers")
                .outcome("Better mental health")
                .quantity("20")
                .proxy("150")
                .attribution("50")
                .dropOff("50")
                .years(5)
                .build();
        ImpactRow c = row().stakeholder("Young people")
                .outcome("Better mental health")
                .quantity("1")
                .proxy("800")
                .years(2)
                .build();
        return List.of(a, b, c);
    }

    private static BigDecimal sum(Iterable<BigDecimal> values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            total = total.add(value);
        }
        return total;
    }
}
