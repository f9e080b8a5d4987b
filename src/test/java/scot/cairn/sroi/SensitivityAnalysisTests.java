package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static scot.cairn.sroi.Rows.cash;
import static scot.cairn.sroi.Rows.inputs;
import static scot.cairn.sroi.Rows.num;
import static scot.cairn.sroi.Rows.row;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Sensitivity analysis pinned to hand-worked examples. The main map has two one-year rows so that every assumption's
 * effect can be followed by hand under the Guide's settings (PV = year-1 value / 1.035):
 *
 * <pre>
 *   young people: 10 x £1,000, deadweight 20%  -> 8,000
 *   carers:        5 x £1,000, deadweight 50%  -> 2,500
 *   PV = 10,500 / 1.035 = 10,144.9275362319; investment 5,000 cash + 2,000 in kind = 7,000
 *   ratio = 10,500 / (1.035 x 7,000) = 10,500 / 7,245 = 1.4492753623
 * </pre>
 */
class SensitivityAnalysisTests {

    private static final Offset<BigDecimal> EXACTLY = within(num("1e-20"));
    private static final Offset<BigDecimal> BISECTED = within(num("1e-8"));

    @Test
    void deadweightMovesEveryRowByPercentagePointsKeptWithinZeroAndAHundred() {
        SensitivityReport report = run(
                twoRows(),
                inputs("5000", "2000"),
                variation(Assumption.DEADWEIGHT, "10"),
                variation(Assumption.DEADWEIGHT, "60"),
                variation(Assumption.DEADWEIGHT, "30"));

        // -10: 10,000 x 0.9 + 5,000 x 0.6 = 12,000 -> 12,000 / 7,245 = 1.6563146998
        // +10: 10,000 x 0.7 + 5,000 x 0.4 = 9,000 -> 9,000 / 7,245 = 1.2422360248
        assertLine(report.lines().get(0), "1.656314699792960662525879917184265", "1.242236024844720496894409937888199");
        // +60: 80% and 110% -> 100%: 10,000 x 0.2 + 0 = 2,000 -> 0.2760524500
        assertThat(report.lines().get(1).ratioAtPlus())
                .hasValueSatisfying(r -> assertThat(r).isCloseTo(num("0.2760524499654934437543133195307108"), EXACTLY));
        // -30: -10% -> 0% and 20%: 10,000 + 5,000 x 0.8 = 14,000 -> 1.9323671498
        assertThat(report.lines().get(2).ratioAtMinus())
                .hasValueSatisfying(r -> assertThat(r).isCloseTo(num("1.932367149758454106280193236714976"), EXACTLY));
    }

    @Test
    void deadweightThresholdSolvedOnTheStraightPieceWhereTheRatioCrossesOne() {
        // 1:1 needs PV = 7,000, a year-1 value of 7,245. Unclamped, 10,000 x (0.8 - x) + 5,000 x (0.5 - x)
        // = 10,500 - 150 x (x in points) = 7,245 -> x = 3,255 / 150 = 21.7 (deadweights 41.7% and 71.7%)
        SensitivityReport report = run(twoRows(), inputs("5000", "2000"));

        assertThat(report.threshold(Assumption.DEADWEIGHT).change())
                .hasValueSatisfying(x -> assertThat(x).isCloseTo(num("21.7"), EXACTLY));
    }

    @Test
    void deadweightThresholdBeyondARowThatReachesAHundred() {
        // Investment 1,000 needs a year-1 value of 1,035. At +50 the carers' row is at 100% and the total is
        // 10,500 - 7,500 = 3,000, still above; beyond, 10,000 x (0.8 - x) = 8,000 - 100 x = 1,035 -> x = 69.65
        SensitivityReport report = run(twoRows(), List.of(cash("1000")));

        assertThat(report.threshold(Assumption.DEADWEIGHT).change())
                .hasValueSatisfying(x -> assertThat(x).isCloseTo(num("69.65"), EXACTLY));
    }

    @Test
    void deadweightThresholdBelowWhenTheRatioIsUnderOne() {
        // Investment 14,000 needs 14,490. Unclamped 10,500 - 150 x = 14,490 gives x = -26.6, below -20 where the young
        // people's row stops at 0%; from there 10,000 + 5,000 x (0.5 - x) = 12,500 - 50 x = 14,490 -> x = -39.8
        SensitivityReport report = run(twoRows(), List.of(cash("14000")));

        assertThat(report.baseRatio()).hasValueSatisfying(r -> assertThat(r).isLessThan(BigDecimal.ONE));
        assertThat(report.threshold(Assumption.DEADWEIGHT).change())
                .hasValueSatisfying(x -> assertThat(x).isCloseTo(num("-39.8"), EXACTLY));
    }

    @Test
    void noDeadweightReachesOneToOneWhenEvenNoneLeavesTooLittle() {
        // With no deadweight at all the year-1 value is 15,000, short of the 15,525 an investment of 15,000 needs.
        SensitivityReport report = run(twoRows(), List.of(cash("15000")));

        assertThat(report.threshold(Assumption.DEADWEIGHT).reachable()).isFalse();
        assertThat(report.threshold(Assumption.DEADWEIGHT).change()).isEmpty();
    }

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
    void percentagesAlreadyAtZeroOnlyMoveUp() {
        // No displacement or attribution anywhere: -10 stays at 0 (base ratio), +10 takes 10% off every row
        // (ratio x 0.9), and 1:1 needs 10,500 x (1 - x) = 7,245 -> x = 31 points.
        SensitivityReport report = run(
                twoRows(),
                inputs("5000", "2000"),
                variation(Assumption.DISPLACEMENT, "10"),
                variation(Assumption.ATTRIBUTION, "10"));

        for (SensitivityLine line : report.lines()) {
            assertLine(line, "1.449275362318840579710144927536232", "1.304347826086956521739130434782609");
        }
        assertThat(report.threshold(Assumption.DISPLACEMENT).change())
                .hasValueSatisfying(x -> assertThat(x).isCloseTo(num("31"), EXACTLY));
        assertThat(report.threshold(Assumption.ATTRIBUTION).change())
                .hasValueSatisfying(x -> assertThat(x).isCloseTo(num("31"), EXACTLY));
    }

    @Test
    void dropOffCannotMatterForOneYearRows() {
        // Only year 1 counts, whatever the drop-off: the ratio stays and 1:1 is out of reach.
        SensitivityReport report = run(twoRows(), inputs("5000", "2000"), variation(Assumption.DROP_OFF, "10"));

        assertLine(report.lines().get(0), "1.449275362318840579710144927536232", "1.449275362318840579710144927536232");
        assertThat(report.threshold(Assumption.DROP_OFF).reachable()).isFalse();
    }

    @Test
    void addedDeductionsMoveUntilTheCap() {
        // Added: 10,000 x (1 - (0.2 + 0.1 + 0.3)) = 4,000; PV = 4,000 / 1.035; investment 2,070; ratio 1.8670214007
        // attribution -40 -> 0%: 10,000 x 0.7 = 7,000 -> 7,000 / (1.035 x 2,070) = 3.2672874513
        // attribution +50 -> 80%: 20 + 10 + 80 = 110%, capped: 0
        // 1:1: 10,000 x (0.4 - x) = 2,070 x 1.035 = 2,142.45 -> x = 0.4 - 0.214245 = 18.5755 points
        ImpactRow row = row().quantity("10")
                .proxy("1000")
                .deadweight("20")
                .displacement("10")
                .attribution("30")
                .build();
        Settings added = Settings.guide().withDeductions(DeductionMethod.ADDED);

        SensitivityReport report = SensitivityAnalysis.run(
                List.of(row),
                List.of(cash("2070")),
                added,
                List.of(variation(Assumption.ATTRIBUTION, "40"), variation(Assumption.ATTRIBUTION, "50")));

        assertThat(report.lines().get(0).ratioAtMinus())
                .hasValueSatisfying(r -> assertThat(r).isCloseTo(num("3.267287451282410324628346052416626"), EXACTLY));
        assertThat(report.lines().get(1).ratioAtPlus())
                .hasValueSatisfying(r -> assertThat(r).isZero());
        for (Assumption deduction : List.of(Assumption.DEADWEIGHT, Assumption.DISPLACEMENT, Assumption.ATTRIBUTION)) {
            assertThat(report.threshold(deduction).change())
                    .hasValueSatisfying(x -> assertThat(x).isCloseTo(num("18.5755"), EXACTLY));
        }
    }

    @Test
    void addedDeductionsThatAlreadyExceedAHundredCanOnlyBeRescuedByTheOthers() {
        // Deadweight 20 + displacement 60 + attribution 50 = 130%: impact 0. Moving deadweight alone (even to 0)
        // leaves 110%, still 0. Attribution down to 0 leaves 20 + 60 = 80%, so 2,000 is possible: 1:1 at an
        // investment of 1,000 needs 10,000 x (1 - 0.8 - (0.5 + x)) = 1,035 -> x = -0.5 + 0.0965 = -40.35 points
        ImpactRow row = row().quantity("10")
                .proxy("1000")
                .deadweight("20")
                .displacement("60")
                .attribution("50")
                .build();
        Settings added = Settings.guide().withDeductions(DeductionMethod.ADDED);

        SensitivityReport report = SensitivityAnalysis.run(List.of(row), List.of(cash("1000")), added, List.of());

        assertThat(report.baseRatio()).hasValueSatisfying(r -> assertThat(r).isZero());
        assertThat(report.threshold(Assumption.DEADWEIGHT).reachable()).isFalse();
        assertThat(report.threshold(Assumption.ATTRIBUTION).change())
                .hasValueSatisfying(x -> assertThat(x).isCloseTo(num("-40.35"), EXACTLY));
        assertThat(report.threshold(Assumption.PROXY_VALUES).reachable()).isFalse();
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

    private static List<ImpactRow> twoRows() {
        return List.of(
                row().stakeholder("Young people")
                        .quantity("10")
                        .proxy("1000")
                        .deadweight("20")
                        .build(),
                row().stakeholder("Carers")
                        .quantity("5")
                        .proxy("1000")
                        .deadweight("50")
                        .build());
    }

    private static SensitivityReport run(List<ImpactRow> rows, Investment investment, Variation... variations) {
        return run(rows, List.of(investment), variations);
    }

    private static SensitivityReport run(List<ImpactRow> rows, List<Investment> investments, Variation... variations) {
        return SensitivityAnalysis.run(rows, investments, Settings.guide(), List.of(variations));
    }

    private static Variation variation(Assumption assumption, String amount) {
        return new Variation(assumption, num(amount));
    }

    private static void assertLine(SensitivityLine line, String atMinus, String atPlus) {
        assertRatio(line.ratioAtMinus(), atMinus);
        assertRatio(line.ratioAtPlus(), atPlus);
    }

    private static void assertRatio(Optional<BigDecimal> ratio, String expected) {
        assertThat(ratio).hasValueSatisfying(r -> assertThat(r).isCloseTo(num(expected), EXACTLY));
    }
}
