package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints how long a full analysis of a 1,000-row, 10-year map takes: the calculation plus sensitivity (7 assumptions
 * down and up, 7 thresholds). Timing is only printed, never asserted (the machine is shared); the assertions check
 * that the timed work was really done.
 */
class SensitivityTimingTests {

    private static final int RUNS = 30;

    private final SroiCalculator calculator = new SroiCalculator();

    @Test
    void typicalThousandRowMapOverTenYears() {
        RandomMaps maps = new RandomMaps(1000);
        time("typical (whole 5-point percentages)", maps.typicalRows(1000, 10), maps.investments(false));
    }

    @Test
    void thousandRowsWithEveryDropOffDifferent() {
        RandomMaps maps = new RandomMaps(1001);
        time(
                "worst case (1-decimal percentages, ~1,000 drop-off groups)",
                maps.rows(1000, 10),
                maps.investments(false));
    }

    private void time(String label, List<ImpactRow> rows, List<Investment> investments) {
        List<Variation> variations = new ArrayList<>();
        for (Assumption assumption : Assumption.values()) {
            variations.add(new Variation(assumption, BigDecimal.TEN));
        }
        long[] calculation = new long[RUNS];
        long[] sensitivity = new long[RUNS];
        SroiResult result = null;
        SensitivityReport report = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            result = calculator.calculate(rows, investments, Settings.guide());
            long middle = System.nanoTime();
            report = SensitivityAnalysis.run(rows, investments, Settings.guide(), variations);
            long end = System.nanoTime();
            calculation[run] = middle - start;
            sensitivity[run] = end - middle;
        }
        System.out.printf(
                "SROI timing, %s, 1,000 rows x 10 years: first run %.1f ms + %.1f ms; median of %d runs: calculation"
                        + " %.2f ms, sensitivity %.2f ms%n",
                label, millis(calculation[0]), millis(sensitivity[0]), RUNS, median(calculation), median(sensitivity));
        assertThat(result.valuesPerYear()).hasSize(10);
        assertThat(report.lines())
                .hasSize(7)
                .allSatisfy(line -> assertThat(line.ratioAtPlus()).isPresent());
        assertThat(report.thresholds()).hasSize(7);
        assertThat(report.baseRatio()).isEqualTo(result.ratio());
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return millis(sorted[sorted.length / 2]);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
