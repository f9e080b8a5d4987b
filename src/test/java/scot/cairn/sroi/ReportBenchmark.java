package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import scot.cairn.platform.pdf.PdfRenderer;
import scot.cairn.platform.pdf.StandalonePdfRenderer;
import scot.cairn.sroi.ImpactMapWorkbook.Contents;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;

/**
 * The files of the largest analysis Cairn allows: the PDF report and the XLSX workbook of a 2,000-row impact map over
 * 10 years, from an analysis already calculated. The fork runs with a 256 MB heap, so a run that finishes shows both
 * fit in it. Run with {@code bash bench/reports.sh}
 * (add {@code -prof gc} for the memory allocated per file); not part of the test suite.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx256m"})
public class ReportBenchmark {

    static final int ROWS = ImpactMapWorkbook.MAX_ROWS;

    private PdfRenderer pdf;
    private SroiReport report;
    private Contents contents;
    private SroiResult result;

    @Setup
    public void prepare() {
        var maps = new RandomMaps(ROWS);
        var rows = maps.typicalRows(ROWS, 10);
        var lines = WorkbookFormulaTests.lines(rows);
        var inputs = maps.investments(false);
        var settings = Settings.guide();
        result = new SroiCalculator().calculate(rows, inputs, settings);
        var variations = Arrays.stream(Assumption.values())
                .map(a -> new Variation(a, BigDecimal.TEN))
                .toList();
        var sensitivity = SensitivityAnalysis.run(rows, inputs, settings, variations);
        report = report(settings, inputs, lines, sensitivity);
        contents = new Contents("Largest", "A 2,000-row forecast", settings, inputs, lines);
        pdf = StandalonePdfRenderer.create();
    }

    private SroiReport report(
            Settings settings, List<Investment> inputs, List<MapLine> lines, SensitivityReport sensitivity) {
        return new SroiReport(
                "Forecast 2026",
                "Falkirk foster care provision",
                SroiReport.text("Forecast"),
                SroiReport.text("1 April 2026 to 31 March 2027"),
                SroiReport.text("Draft"),
                settings,
                inputs,
                lines,
                result,
                sensitivity,
                "1 December 2026");
    }

    @Benchmark
    public byte[] pdfReport() {
        return pdf.render("pdf/sroi-analysis", Map.of("report", report));
    }

    @Benchmark
    public byte[] xlsxWorkbook() {
        return ImpactMapWorkbook.write(contents, result);
    }
}
