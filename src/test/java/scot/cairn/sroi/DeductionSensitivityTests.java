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
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Deadweight, displacement and attribution sensitivity, worked by hand; most use the map of
 * {@link SensitivityExamples} (ratio 10,500 / 7,245 = 1.4492753623 for 7,000 invested).
 */
class DeductionSensitivityTests {

    private static final Offset<BigDecimal> EXACTLY = within(num("1e-20"));

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
}
