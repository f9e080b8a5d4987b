package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static scot.cairn.sroi.Rows.cash;
import static scot.cairn.sroi.Rows.inputs;
import static scot.cairn.sroi.Rows.num;
import static scot.cairn.sroi.Rows.row;
import static scot.cairn.sroi.SensitivityExamples.assertLine;
import static scot.cairn.sroi.SensitivityExamples.run;
import static scot.cairn.sroi.SensitivityExamples.twoRows;
import static scot.cairn.sroi.SensitivityExamples.variation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Sensitivity of values (proxies, quantities, in-kind inputs) and drop-off, thresholds in general, and the report,
 * pinned to hand-worked examples; most use the map of {@link SensitivityExamples}. Deductions are in
 * {@link DeductionSensitivityTests}.
 */
class SensitivityAnalysisTests {

    private static final Offset<BigDecimal> EXACTLY = within(num("1e-20"));
    private static final Offset<BigDecimal> BISECTED = within(num("1e-8"));

    @Test
    void proxiesAndQuantitiesScaleTheValueAndAreSolvedDirectly() {
        SensitivityReport report = run(
                twoRows(),
                inputs("5000", "2000"),
                variation(Assumption.PROXY_VALUES, "10"),
                variation(Assumption.QUANTITIES, "10"));

        // ratio x 0.9 = 1.3043478261, x 1.1 = 1.5942028986
        for (SensitivityLine line : report.lines()) {
            assertLine(line, "1.304347826086956521739130434782609", "1.594202898550724637681159420289855");
        }
        // 1:1 when 10,500 x (1 + x) = 7,245 -> 1 + x = 0.69 -> x = -31%
        assertThat(report.threshold(Assumption.PROXY_VALUES).change())
                .hasValueSatisfying(x -> assertThat(x).isCloseTo(num("-31"), EXACTLY));
        assertThat(report.threshold(Assumption.QUANTITIES).change())
                .hasValueSatisfying(x -> assertThat(x).isCloseTo(num("-31"), EXACTLY));
    }

    @Test
    void valuesNeverGoBelowZero() {
        // Proxies -150% would be negative: they stop at 0, so the ratio is 0.
        SensitivityReport report = run(twoRows(), inputs("5000", "2000"), variation(Assumption.PROXY_VALUES, "150"));

        assertThat(report.lines().get(0).ratioAtMinus())
                .hasValueSatisfying(r -> assertThat(r).isZero());
    }

    @Test
    void inKindInputsChangeTheInvestment() {
        SensitivityReport report = run(twoRows(), inputs("5000", "2000"), variation(Assumption.IN_KIND_INPUTS, "10"));

        // -10%: 5,000 + 1,800 = 6,800 -> 10,144.9275 / 6,800 = 1.4919011083; +10%: 7,200 -> 1.4090177134
        assertLine(report.lines().get(0), "1.491901108269394714407502131287298", "1.409017713365539452495974235104670");
        // 1:1 when 5,000 + 2,000 x (1 + x) = 10,144.9275 -> 1 + x = 5,144.9275 / 2,000 -> x = 157.2463768116%
        assertThat(report.threshold(Assumption.IN_KIND_INPUTS).change())
                .hasValueSatisfying(x -> assertThat(x).isCloseTo(num("157.2463768115942028985507246376812"), EXACTLY));
    }

    @Test
    void inKindCannotReachOneToOneWhenCashAloneExceedsTheValueOrThereIsNone() {
        // Cash 11,000 > PV 10,144.93 even with no in-kind input; cash 7,000 and no in-kind leaves nothing to move.
        assertThat(run(twoRows(), inputs("11000", "1000"))
                        .threshold(Assumption.IN_KIND_INPUTS)
                        .reachable())
                .isFalse();
        assertThat(run(twoRows(), List.of(cash("7000")))
                        .threshold(Assumption.IN_KIND_INPUTS)
                        .reachable())
                .isFalse();
    }

    @Test
    void dropOffCannotMatterForOneYearRows() {
        // Only year 1 counts, whatever the drop-off: the ratio stays and 1:1 is out of reach.
        SensitivityReport report = run(twoRows(), inputs("5000", "2000"), variation(Assumption.DROP_OFF, "10"));

        assertLine(report.lines().get(0), "1.449275362318840579710144927536232", "1.449275362318840579710144927536232");
        assertThat(report.threshold(Assumption.DROP_OFF).reachable()).isFalse();
    }

    @Test
    void dropOffThresholdIsFoundByBisection() {
        // Discount rate 0 so the algebra shows: 1,000 a year for 3 years with 20% compounding drop-off is
        // 1,000 x (1 + 0.8 + 0.64) = 2,440. Against 2,000, 1:1 needs 1 + g + g^2 = 2, g = (sqrt 5 - 1) / 2,
        // drop-off = 1 - g = 38.1966011250%, x = +18.1966011250 points.
        // -10 -> 10%: 1 + 0.9 + 0.81 = 2.71 -> 1.355; +10 -> 30%: 1 + 0.7 + 0.49 = 2.19 -> 1.095
        ImpactRow row = row().proxy("1000").dropOff("20").years(3).build();
        Settings noDiscount = Settings.guide().withDiscountRate(BigDecimal.ZERO);

        SensitivityReport report = SensitivityAnalysis.run(
                List.of(row), List.of(cash("2000")), noDiscount, List.of(variation(Assumption.DROP_OFF, "10")));

        assertLine(report.lines().get(0), "1.355", "1.095");
        assertThat(report.threshold(Assumption.DROP_OFF).change())
                .hasValueSatisfying(x -> assertThat(x).isCloseTo(num("18.19660112501051517954131656343619"), BISECTED));
    }

    @Test
    void dropOffThresholdBelowAndUnderStraightLine() {
        ImpactRow row = row().proxy("1000").dropOff("20").years(3).build();
        Settings noDiscount = Settings.guide().withDiscountRate(BigDecimal.ZERO);

        // 2,800 needs 1 + g + g^2 = 2.8: g = (-1 + sqrt 8.2) / 2 = 0.9317821063, drop-off 6.8217893672%, x = -13.178...
        SensitivityReport below = SensitivityAnalysis.run(List.of(row), List.of(cash("2800")), noDiscount, List.of());
        // Straight line: 1,000 x (1 + (1 - d) + (1 - 2d)) = 2,000 -> d = 1/3, x = 13.3333333333 points
        SensitivityReport straight = SensitivityAnalysis.run(
                List.of(row), List.of(cash("2000")), noDiscount.withDropOff(DropOffMethod.STRAIGHT_LINE), List.of());

        assertThat(below.threshold(Assumption.DROP_OFF).change())
                .hasValueSatisfying(
                        x -> assertThat(x).isCloseTo(num("-13.17821063276353154439601231033742"), BISECTED));
        assertThat(straight.threshold(Assumption.DROP_OFF).change())
                .hasValueSatisfying(x -> assertThat(x).isCloseTo(num("13.33333333333333333333333333333333"), BISECTED));
    }

    @Test
    void dropOffCannotReachOneToOneOutsideYearOneAloneAndNoDropOffAtAll() {
        // Year 1 alone is worth 1,000 and no drop-off 3,000: 1:1 is out of reach for 900 and for 3,100.
        ImpactRow row = row().proxy("1000").dropOff("20").years(3).build();
        Settings noDiscount = Settings.guide().withDiscountRate(BigDecimal.ZERO);

        for (String investment : List.of("900", "3100")) {
            SensitivityReport report =
                    SensitivityAnalysis.run(List.of(row), List.of(cash(investment)), noDiscount, List.of());
            assertThat(report.threshold(Assumption.DROP_OFF).reachable()).isFalse();
        }
    }

    @Test
    void aRatioOfExactlyOneNeedsNoChange() {
        // Discount rate 0: 1 x 1,000 = 1,000 against 500 cash + 500 in kind.
        ImpactRow row =
                row().proxy("1000").deadweight("10").dropOff("50").years(1).build();
        ImpactRow noDeadweight = row().proxy("1000").build();
        Settings noDiscount = Settings.guide().withDiscountRate(BigDecimal.ZERO);

        SensitivityReport report = SensitivityAnalysis.run(
                List.of(row, noDeadweight), List.of(inputs("950", "950")), noDiscount, List.of());

        // 900 + 1,000 = 1,900 = 950 + 950
        assertThat(report.baseRatio()).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1"));
        assertThat(report.thresholds())
                .allSatisfy(threshold -> assertThat(threshold.change())
                        .hasValueSatisfying(x -> assertThat(x).isZero()));
    }

    @Test
    void withoutInvestmentThereAreNoRatiosOrThresholds() {
        SensitivityReport report = SensitivityAnalysis.run(
                twoRows(),
                List.of(),
                Settings.guide(),
                List.of(variation(Assumption.DEADWEIGHT, "10"), variation(Assumption.IN_KIND_INPUTS, "10")));

        assertThat(report.noInvestment()).isTrue();
        assertThat(report.baseRatio()).isEmpty();
        assertThat(report.lines()).allSatisfy(line -> {
            assertThat(line.ratioAtMinus()).isEmpty();
            assertThat(line.ratioAtPlus()).isEmpty();
        });
        assertThat(report.thresholds()).hasSize(7).noneMatch(Threshold::reachable);
    }

    @Test
    void reportKeepsTheOrderOfVariationsAndListsEveryThreshold() {
        SensitivityReport report = run(
                twoRows(),
                inputs("5000", "2000"),
                variation(Assumption.QUANTITIES, "5"),
                variation(Assumption.DEADWEIGHT, "0"));

        assertThat(report.lines())
                .extracting(SensitivityLine::assumption)
                .containsExactly(Assumption.QUANTITIES, Assumption.DEADWEIGHT);
        assertThat(report.lines().get(1).amount()).isZero();
        assertThat(report.thresholds()).extracting(Threshold::assumption).containsExactly(Assumption.values());
        assertThat(Arrays.stream(Assumption.values()).filter(Assumption::inPercentagePoints))
                .containsExactly(
                        Assumption.DEADWEIGHT, Assumption.DISPLACEMENT, Assumption.ATTRIBUTION, Assumption.DROP_OFF);
    }
}
