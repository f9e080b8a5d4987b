package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.platform.English;
import scot.cairn.platform.pdf.PdfRenderer;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;
import scot.cairn.support.CairnTest;
import scot.cairn.support.PdfText;

@CairnTest
class SroiReportIntegrationTests {

    @Autowired
    PdfRenderer pdf;

    @Test
    void theReportShowsTheResultChartsMapAndSensitivity() {
        var rows = ImpactMapWorkbookTests.ROWS;
        var inputs = ImpactMapWorkbookTests.INPUTS;
        var settings = Settings.guide();
        var impactRows = rows.stream().map(MapLine::toImpactRow).toList();
        var result = new SroiCalculator().calculate(impactRows, inputs, settings);
        var variations = Arrays.stream(Assumption.values())
                .map(a -> new Variation(a, BigDecimal.TEN))
                .toList();
        var sensitivity = SensitivityAnalysis.run(impactRows, inputs, settings, variations);
        var report = new SroiReport(
                "Forecast 2026",
                "Falkirk foster care provision",
                SroiReport.text("Forecast"),
                SroiReport.text("1 April 2026 to 31 March 2027"),
                SroiReport.text("Approved on 3 March 2026"),
                settings,
                inputs,
                rows,
                result,
                sensitivity,
                "23 November 2026");

        byte[] bytes = pdf.render("pdf/sroi-analysis", Map.of("report", report));
        String text = PdfText.of(bytes);

        assertThat(text)
                .contains("Forecast SROI analysis of Falkirk foster care provision")
                .contains(SroiDisplay.ratio(result.ratio().orElseThrow()))
                .contains(SroiDisplay.money(result.presentValue()))
                .contains("Present value by stakeholder", "Children in care", "Foster carers")
                .contains("Year 5")
                .contains("Impact map", "Stable placement for 12")
                .contains("Deadweight", "In-kind inputs");
        assertThat(report.valuePerYear()).hasSize(5);
        assertThat(report.byStakeholder().stream()
                        .mapToInt(ReportChart.Bar::widthPercent)
                        .max())
                .hasValue(100);
    }

    @Test
    void barsAreSharesOfTheLongestAndAllZeroValuesGiveEmptyBars() {
        var none = new SroiCalculator().calculate(List.of(), List.of(), Settings.guide());
        var report = new SroiReport(
                "Empty",
                "P",
                SroiReport.text("Forecast"),
                SroiReport.text("-"),
                SroiReport.text("Draft"),
                Settings.guide(),
                List.of(),
                List.of(),
                none,
                SensitivityAnalysis.run(List.of(), List.of(), Settings.guide(), List.of()),
                "today");

        assertThat(report.byStakeholder()).isEmpty();
        assertThat(English.of(report.ratio())).isEqualTo(SroiResult.NO_INVESTMENT);
    }
}
