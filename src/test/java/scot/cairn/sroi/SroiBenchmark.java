package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full analysis of a 1,000-row impact map over 10 years: the calculation and the whole sensitivity table (seven
 * assumptions down and up, seven thresholds). Run with {@code bash bench/sroi.sh}; not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class SroiBenchmark {

    /** "typical": whole 5-point percentages; "hard": one-decimal percentages, almost every drop-off different. */
    @Param({"typical", "hard"})
    public String map;

    private List<ImpactRow> rows;
    private List<Investment> investments;
    private List<Variation> variations;
    private final SroiCalculator calculator = new SroiCalculator();

    @Setup
    public void prepare() {
        var maps = new RandomMaps("typical".equals(map) ? 1000 : 1001);
        rows = "typical".equals(map) ? maps.typicalRows(1000, 10) : maps.rows(1000, 10);
        investments = maps.investments(false);
        variations = Arrays.stream(Assumption.values())
                .map(a -> new Variation(a, BigDecimal.TEN))
                .toList();
    }

    @Benchmark
    public SensitivityReport calculateWithFullSensitivity() {
        calculator.calculate(rows, investments, Settings.guide());
        return SensitivityAnalysis.run(rows, investments, Settings.guide(), variations);
    }
}
