package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Prints how long a full analysis of a 1,000-row, 10-year map takes: the calculation plus sensitivity (7 assumptions
 * down and up, 7 thresholds). Timing is only printed, never asserted: the machine is shared and the figures move
 * with its load (thread CPU time is printed beside wall time for that reason). The assertions check that the timed
 * work was really done.
 */
class SensitivityTimingTests {

    private static final long WARM_UP_NANOS = 1_500_000_000L;
    private static final int RUNS = 30;

    private final SroiCalculator calculator = new SroiCalculator();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Test
    void typicalThousandRowMapOverTenYears() {
        RandomMaps maps = new RandomMaps(1000);
        time("typical map (whole 5-point percentages)", maps.typicalRows(1000, 10), maps.investments(false));
    }

    @Test
    void thousandRowsWithAlmostEveryDropOffDifferent() {
        RandomMaps maps = new RandomMaps(1001);
        time("hard map (1-decimal percentages)", maps.rows(1000, 10), maps.investments(false));
    }

    private void time(String label, List<ImpactRow> rows, List<Investment> investments) {
        List<Variation> variations = new ArrayList<>();
        for (Assumption assumption : Assumption.values()) {
            variations.add(new Variation(assumption, BigDecimal.TEN));
        }
        long firstRun = System.nanoTime();
        analyse(rows, investments, variations);
        firstRun = System.nanoTime() - firstRun;
        long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < warmUpEnd) {
            analyse(rows, investments, variations);
        }
        long[] wall = new long[RUNS];
        long[] cpu = new long[RUNS];
        SensitivityReport report = null;
        for (int run = 0; run < RUNS; run++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            report = analyse(rows, investments, variations);
            wall[run] = System.nanoTime() - start;
            cpu[run] = threads.getCurrentThreadCpuTime() - cpuStart;
        }
        System.out.printf(
                "SROI calculation + full sensitivity, %s, 1,000 rows x 10 years: first (cold) run %.1f ms;"
                        + " after warm-up, wall median %.2f ms (fastest %.2f ms), thread CPU median %.2f ms%n",
                label,
                millis(firstRun),
                median(wall),
                millis(Arrays.stream(wall).min().orElseThrow()),
                median(cpu));
        assertThat(report.lines())
                .hasSize(7)
                .allSatisfy(line -> assertThat(line.ratioAtPlus()).isPresent());
        assertThat(report.thresholds()).hasSize(7);
    }

    private SensitivityReport analyse(List<ImpactRow> rows, List<Investment> investments, List<Variation> variations) {
        SroiResult result = calculator.calculate(rows, investments, Settings.guide());
        SensitivityReport report = SensitivityAnalysis.run(rows, investments, Settings.guide(), variations);
        assertThat(result.valuesPerYear()).hasSize(10);
        assertThat(report.baseRatio()).isEqualTo(result.ratio());
        return report;
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
