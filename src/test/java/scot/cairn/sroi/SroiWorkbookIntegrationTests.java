package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.platform.AuditEvent;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.English;
import scot.cairn.platform.Message;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.PdfText;

@CairnTest
class SroiWorkbookIntegrationTests {

    static final String FIONA = DemoUsers.FIONA;

    @Autowired
    MockMvc mvc;

    @Autowired
    SroiFixture fixture;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    long id;
    String web;
    String api;

    @BeforeEach
    void setUp() {
        id = fixture.partnership();
        web = "/partnerships/" + id + "/sroi/";
        api = "/api/v1/partnerships/" + id + "/sroi-analyses/";
    }

    @Test
    void anExportedSpreadsheetImportedIntoAnotherAnalysisGivesTheSameMapSettingsAndRatio() throws Exception {
        long a = original();
        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get(web + a + ".xlsx").with(fixture.users.as(DemoUsers.SAM)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, SroiDownloads.XLSX))
                .andExpect(header().string(
                                HttpHeaders.CONTENT_DISPOSITION, org.hamcrest.Matchers.containsString("round-trip")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        long b = fixture.analysis(id, AnalysisType.FORECAST);
        fixture.map.addInput(
                id, b, fixture.version(id, b), SroiFixture.input("Someone else", "5", "0"), fixture.fiona());

        String preview = upload(b, FIONA, "map.xlsx", xlsx)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = page(preview, FIONA);
        assertThat(page)
                .contains("Check the spreadsheet", "map.xlsx: 2 inputs and 2 impact-map rows.")
                .contains("This will replace the 1 input and 0 rows of the analysis, and its settings.")
                .contains("Young people leaving care", "Replace the inputs, impact map and settings")
                .doesNotContain("govuk-error-summary");
        assertThat(stored(b)).isEqualTo(1);

        post(preview + "/confirm", FIONA).andExpect(status().is3xxRedirection());

        var before = fixture.sroi.analysis(id, a, fixture.fiona());
        var after = fixture.sroi.analysis(id, b, fixture.fiona());
        assertThat(after.rows())
                .usingRecursiveFieldByFieldElementComparator(numbers())
                .isEqualTo(before.rows());
        assertThat(after.inputs())
                .usingRecursiveFieldByFieldElementComparator(numbers())
                .isEqualTo(before.inputs());
        assertThat(after.settings()).usingRecursiveComparison(numbersOnly()).isEqualTo(before.settings());
        assertThat(after.lastCalculation().ratio())
                .isEqualByComparingTo(before.lastCalculation().ratio());
        assertThat(stored(b)).isZero();
        assertThat(audit.forSubject(SroiService.SUBJECT, b)).first().satisfies(e -> {
            assertThat(e.action()).isEqualTo("sroi.audit.imported");
            assertThat(e.actor()).isEqualTo(FIONA);
            assertThat(String.join("\n", e.changes()))
                    .contains("sroi.audit.file: (none) -> map.xlsx")
                    .contains("sroi.audit.inputs: 1 -> 2", "sroi.audit.rows: 0 -> 2")
                    .contains("sroi.audit.discountRate");
        });
    }

    @Test
    void theApiExportsChecksAndImportsInTwoSteps() throws Exception {
        long a = original();
        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get(api + a + "/workbook")
                        .header(HttpHeaders.AUTHORIZATION, fixture.users.bearer(DemoUsers.SAM)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, SroiDownloads.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        long b = fixture.analysis(id, AnalysisType.FORECAST);

        String body = apiPreview(b, DemoUsers.FIONA, "map.xlsx", xlsx)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[1].row.outcome").value("Young people leaving care"))
                .andExpect(jsonPath("$.inputs.length()").value(2))
                .andExpect(jsonPath("$.settings.discountRate").value(5))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String importId = com.jayway.jsonpath.JsonPath.read(body, "$.importId");

        mvc.perform(MockMvcRequestBuilders.post(api + b + "/workbook/confirm")
                        .header(HttpHeaders.AUTHORIZATION, fixture.users.bearer(FIONA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"importId\":\"" + importId + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(2))
                .andExpect(jsonPath("$.rows[1].quantitySource").value("ENTERED"))
                .andExpect(jsonPath("$.settings.dropOff").value("STRAIGHT_LINE"));
    }

    @Test
    void badRowsGetRowLevelMessagesAndNothingIsSaved() throws Exception {
        long a = original();
        byte[] bad = edited(export(a), 2);
        long b = fixture.workedExample(id, AnalysisType.FORECAST);
        var before = fixture.sroi.analysis(id, b, fixture.fiona());

        String preview = upload(b, FIONA, "bad.xlsx", bad)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = page(preview, FIONA);
        assertThat(page)
                .contains("1 row has problems", "Nothing has been saved")
                .contains("Impact map row 3: Quantity must be a number, not “lots”")
                .contains("href=\"#map-row-3\"", "id=\"map-row-3\"")
                .doesNotContain("Replace the inputs, impact map and settings");
        post(preview + "/confirm", FIONA).andExpect(status().isOk());

        byte[] bigDeadweight = deadweight(export(a), 1.5);
        apiPreview(b, FIONA, "bad.xlsx", bigDeadweight)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[0]"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Impact map row 3: Deadweight must be between 0 and 100 per cent"));

        var after = fixture.sroi.analysis(id, b, fixture.fiona());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.rows()).isEqualTo(before.rows());
        assertThat(audit.forSubject(SroiService.SUBJECT, b))
                .extracting(AuditEvent::action)
                .doesNotContain("SROI analysis imported from a workbook");
    }

    @Test
    void aFileWithWrongColumnsAnEmptyFileOrNotAWorkbookIsRefusedOnTheUploadForm() throws Exception {
        long b = fixture.analysis(id, AnalysisType.FORECAST);
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var row = workbook.createSheet("Sheet1").createRow(0);
            row.createCell(0).setCellValue("Stakeholder");
            row.createCell(1).setCellValue("Outcome");
            row.createCell(2).setCellValue("Value");
            workbook.write(out);
        }

        assertThat(html(upload(b, FIONA, "columns.xlsx", out.toByteArray()).andExpect(status().isOk())))
                .contains("Error: Import a spreadsheet")
                .contains("The impact map is missing the columns Indicator, Quantity, Duration (years)")
                .contains("href=\"#file\"");
        assertThat(html(upload(b, FIONA, "empty.xlsx", new byte[0]).andExpect(status().isOk())))
                .contains("Choose an Excel workbook (.xlsx) to upload");
        assertThat(html(upload(b, FIONA, "values.csv", "a,b\n1,2".getBytes(StandardCharsets.UTF_8))
                        .andExpect(status().isOk())))
                .contains("The selected file must be an Excel workbook (.xlsx)");
        apiPreview(b, FIONA, "columns.xlsx", out.toByteArray())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(stored(b)).isZero();
    }

    @Test
    void observersDownloadButDoNotImportAndOutsidersGetNotFound() throws Exception {
        long a = original();
        byte[] xlsx = export(a);
        mvc.perform(MockMvcRequestBuilders.get(web + a + "/import").with(fixture.users.as(DemoUsers.SAM)))
                .andExpect(status().isForbidden());
        upload(a, DemoUsers.SAM, "map.xlsx", xlsx).andExpect(status().isForbidden());
        apiPreview(a, DemoUsers.SAM, "map.xlsx", xlsx).andExpect(status().isForbidden());

        for (String url : new String[] {web + a + ".xlsx", web + a + ".pdf", web + a + "/import"}) {
            mvc.perform(MockMvcRequestBuilders.get(url).with(fixture.users.as(DemoUsers.IAIN)))
                    .andExpect(status().isNotFound());
        }
        for (String url : new String[] {api + a + "/workbook", api + a + "/report"}) {
            mvc.perform(MockMvcRequestBuilders.get(url)
                            .header(HttpHeaders.AUTHORIZATION, fixture.users.bearer(DemoUsers.IAIN)))
                    .andExpect(status().isNotFound());
        }
        apiPreview(a, DemoUsers.IAIN, "map.xlsx", xlsx).andExpect(status().isNotFound());
        assertThat(page(web + a, DemoUsers.SAM))
                .contains("Download as a spreadsheet (XLSX)", "Download the report (PDF)")
                .doesNotContain("Import inputs, impact map and settings from a spreadsheet");
    }

    @Test
    void anApprovedAnalysisIsLockedAgainstImports() throws Exception {
        long falkirk = fixture.governance().fosterCare();
        long approved = fixture.sroi.analyses(falkirk, fixture.fiona()).stream()
                .filter(s -> s.status() == AnalysisStatus.APPROVED)
                .findFirst()
                .orElseThrow()
                .id();
        String base = "/partnerships/" + falkirk + "/sroi/" + approved;
        byte[] xlsx = mvc.perform(MockMvcRequestBuilders.get(base + ".xlsx").with(fixture.users.as(FIONA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        var upload = mvc.perform(MockMvcRequestBuilders.multipart(base + "/import")
                        .file(new MockMultipartFile("file", "map.xlsx", SroiDownloads.XLSX, xlsx))
                        .with(fixture.users.as(FIONA))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(html(upload)).contains("This analysis is approved and locked.");
        assertThat(page(base, FIONA)).doesNotContain("Import inputs, impact map and settings from a spreadsheet");
        mvc.perform(MockMvcRequestBuilders.multipart(
                                "/api/v1/partnerships/" + falkirk + "/sroi-analyses/" + approved + "/workbook/preview")
                        .file(new MockMultipartFile("file", "map.xlsx", SroiDownloads.XLSX, xlsx))
                        .header(HttpHeaders.AUTHORIZATION, fixture.users.bearer(FIONA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(English.of(Message.of(SroiAnalysis.LOCKED))));
    }

    @Test
    void aConfirmAfterTheAnalysisChangedIsRefused() throws Exception {
        long a = original();
        long b = fixture.analysis(id, AnalysisType.FORECAST);
        String preview = upload(b, FIONA, "map.xlsx", export(a))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String importId = preview.substring(preview.lastIndexOf('/') + 1);
        fixture.map.addInput(
                id, b, fixture.version(id, b), SroiFixture.input("Late change", "10", "0"), fixture.fiona());

        assertThat(html(post(preview + "/confirm", FIONA).andExpect(status().isOk())))
                .contains("Someone else changed this since you opened it");
        mvc.perform(MockMvcRequestBuilders.post(api + b + "/workbook/confirm")
                        .header(HttpHeaders.AUTHORIZATION, fixture.users.bearer(FIONA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"importId\":\"" + importId + "\"}"))
                .andExpect(status().isConflict());
        assertThat(fixture.sroi.analysis(id, b, fixture.fiona()).inputs())
                .singleElement()
                .satisfies(i -> assertThat(i.stakeholder()).isEqualTo("Late change"));
    }

    @Test
    void theReportHasTheTitleRatioAndStakeholders() throws Exception {
        long a = original();
        var view = fixture.sroi.analysis(id, a, fixture.fiona());
        byte[] pdf = mvc.perform(MockMvcRequestBuilders.get(web + a + ".pdf").with(fixture.users.as(DemoUsers.SAM)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PDF_VALUE))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfText.of(pdf))
                .contains(view.title())
                .contains(SroiDisplay.ratio(view.lastCalculation().ratio()))
                .contains("Young people leaving care", "Children in foster care");
        byte[] viaApi = mvc.perform(MockMvcRequestBuilders.get(api + a + "/report")
                        .header(HttpHeaders.AUTHORIZATION, fixture.users.bearer(FIONA)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_PDF_VALUE))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfText.of(viaApi)).contains(view.title());
    }

    /** The worked example with a second input and row, 5% discount and straight-line drop-off. */
    private long original() {
        long a = fixture.workedExample(id, AnalysisType.FORECAST);
        var f = fixture.fiona();
        var v = fixture.sroi.analysis(id, a, f);
        fixture.sroi.update(
                id,
                a,
                v.version(),
                new AnalysisDetails(
                        "Round trip " + scot.cairn.support.Unique.name("test"),
                        AnalysisType.FORECAST,
                        SroiFixture.FROM,
                        LocalDate.of(2025, 12, 31),
                        new BigDecimal("5"),
                        false,
                        DeductionMethod.MULTIPLIED,
                        DropOffMethod.STRAIGHT_LINE),
                f);
        fixture.map.addInput(
                id,
                a,
                fixture.version(id, a),
                new InputDetails("Falkirk CVS", null, BigDecimal.ZERO, new BigDecimal("250.5")),
                f);
        fixture.map.addRow(
                id,
                a,
                fixture.version(id, a),
                new RowDetails(
                        "Young people leaving care",
                        "Young people leaving care",
                        "Tenancies kept",
                        QuantitySource.ENTERED,
                        null,
                        new BigDecimal("4.5"),
                        3,
                        new BigDecimal("1234.56"),
                        null,
                        null,
                        "Homeless Link 2024",
                        null,
                        new BigDecimal("12.5"),
                        new BigDecimal("5"),
                        new BigDecimal("33"),
                        new BigDecimal("25")),
                f);
        return a;
    }

    private byte[] export(long analysisId) throws Exception {
        return mvc.perform(
                        MockMvcRequestBuilders.get(web + analysisId + ".xlsx").with(fixture.users.as(FIONA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** The workbook with "lots" as the quantity of the map's first row (spreadsheet row 3). */
    private static byte[] edited(byte[] xlsx, int rowIndex) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                var out = new ByteArrayOutputStream()) {
            var row = workbook.getSheet(ImpactMapWorkbook.MAP_SHEET).getRow(rowIndex);
            row.getCell(ImpactMapWorkbook.Column.QUANTITY.ordinal()).setCellValue("lots");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] deadweight(byte[] xlsx, double value) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
                var out = new ByteArrayOutputStream()) {
            var row = workbook.getSheet(ImpactMapWorkbook.MAP_SHEET).getRow(2);
            row.getCell(ImpactMapWorkbook.Column.DEADWEIGHT.ordinal()).setCellValue(value);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private int stored(long analysisId) {
        return jdbc.sql("select count(*) from sroi_workbook_import where analysis_id = ?")
                .param(analysisId)
                .query(Integer.class)
                .single();
    }

    private ResultActions upload(long analysisId, String who, String name, byte[] content) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart(web + analysisId + "/import")
                .file(new MockMultipartFile("file", name, SroiDownloads.XLSX, content))
                .with(fixture.users.as(who))
                .with(csrf()));
    }

    private ResultActions apiPreview(long analysisId, String who, String name, byte[] content) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart(api + analysisId + "/workbook/preview")
                .file(new MockMultipartFile("file", name, SroiDownloads.XLSX, content))
                .header(HttpHeaders.AUTHORIZATION, fixture.users.bearer(who)));
    }

    private ResultActions post(String url, String who) throws Exception {
        return mvc.perform(
                MockMvcRequestBuilders.post(url).with(fixture.users.as(who)).with(csrf()));
    }

    private String page(String url, String who) throws Exception {
        return html(mvc.perform(MockMvcRequestBuilders.get(url).with(fixture.users.as(who)))
                .andExpect(status().isOk()));
    }

    private static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration numbersOnly() {
        return org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .build();
    }

    private static org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration numbers() {
        return numbersOnly();
    }
}
