package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.sroi.ImpactMapWorkbook.Column;
import scot.cairn.sroi.ImpactMapWorkbook.Contents;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.PdfText;

/**
 * The largest analysis Cairn allows (2,000 impact-map rows), imported from a spreadsheet and downloaded again: the
 * PDF report and the workbook are produced and hold every row, the last one included. How long they take is measured
 * by {@code ReportBenchmark}, not asserted here.
 */
@CairnTest
class LargestAnalysisIntegrationTests {

    static final int ROWS = ImpactMapWorkbook.MAX_ROWS;

    @Autowired
    MockMvc mvc;

    @Autowired
    SroiFixture fixture;

    @Test
    void theReportAndWorkbookOfATwoThousandRowAnalysisHoldEveryRow() throws Exception {
        long id = fixture.partnership();
        long analysis = fixture.analysis(id, AnalysisType.FORECAST);
        importLargestMap(id, analysis);
        var view = fixture.sroi.analysis(id, analysis, fixture.fiona());
        assertThat(view.rows()).hasSize(ROWS);
        String base = "/partnerships/" + id + "/sroi/" + analysis;

        byte[] xlsx = download(base + ".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var map = workbook.getSheet(ImpactMapWorkbook.MAP_SHEET);
            var last = map.getRow(ROWS + 1);
            assertThat(last.getCell(Column.INDICATOR.ordinal()).getStringCellValue())
                    .isEqualTo(indicator(ROWS - 1));
            assertThat(last.getCell(Column.IMPACT.ordinal()).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(map.getRow(ROWS + 2).getCell(0).getStringCellValue()).isEqualTo("Total");
        }

        byte[] pdf = download(base + ".pdf");
        // Table cells wrap, so words are compared without spaces or line breaks.
        String text = PdfText.of(pdf).replaceAll("\\s+", "");
        assertThat(text).contains(squeezed(indicator(0)), squeezed(indicator(ROWS / 2)), squeezed(indicator(ROWS - 1)));
        assertThat(text.substring(text.indexOf(squeezed(indicator(ROWS - 1)))))
                .as("the map's total line follows its last row")
                .contains("Total", SroiDisplay.money(view.lastCalculation().presentValue()));
        assertThat(text).doesNotContain("Thisreportprintsthefirst");
        var tags = PdfText.accessibility(pdf);
        assertThat(tags.tagged()).isTrue();
        assertThat(tags.pages()).isGreaterThan(ROWS / 40);
    }

    private void importLargestMap(long id, long analysis) throws Exception {
        var maps = new RandomMaps(2000);
        var lines = new ArrayList<MapLine>();
        var rows = maps.typicalRows(ROWS, 10);
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            lines.add(new MapLine(
                    r.stakeholder(),
                    "",
                    r.outcome(),
                    indicator(i),
                    r.quantity(),
                    r.durationYears(),
                    "",
                    r.proxyValue(),
                    "per person per year",
                    r.proxySource(),
                    null,
                    r.deadweight(),
                    r.displacement(),
                    r.attribution(),
                    r.dropOff()));
        }
        var inputs = java.util.List.of(
                new Investment("Falkirk Council", "Grant", new BigDecimal("250000"), BigDecimal.ZERO));
        var result = new SroiCalculator()
                .calculate(lines.stream().map(MapLine::toImpactRow).toList(), inputs, Settings.guide());
        byte[] file = ImpactMapWorkbook.write(
                new Contents("Largest", "The most rows an analysis may have", Settings.guide(), inputs, lines), result);
        String api = "/api/v1/partnerships/" + id + "/sroi-analyses/" + analysis + "/workbook/";
        String preview = mvc.perform(MockMvcRequestBuilders.multipart(api + "preview")
                        .file(new MockMultipartFile("file", "largest.xlsx", SroiDownloads.XLSX, file))
                        .header(HttpHeaders.AUTHORIZATION, fixture.users.bearer(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String importId = com.jayway.jsonpath.JsonPath.read(preview, "$.importId");
        mvc.perform(MockMvcRequestBuilders.post(api + "confirm")
                        .header(HttpHeaders.AUTHORIZATION, fixture.users.bearer(DemoUsers.FIONA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"importId\":\"" + importId + "\"}"))
                .andExpect(status().isOk());
    }

    private byte[] download(String url) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(fixture.users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String indicator(int index) {
        return "Placements, row " + (index + 1);
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }
}
