package scot.cairn.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Importing a CSV file: the preview shows every row's errors and nothing is saved until a clean file is confirmed. */
@CairnTest
class ImportPagesIntegrationTests extends OutcomePageSupport {

    @Autowired
    MeasurementService measurements;

    @Test
    void aFileWithErrorsIsShownAndNothingIsSaved() throws Exception {
        var small = fixtures().withFramework();
        String csv = """
                indicator,period,value,breakdown
                Placements lasting a year,2026-Q3,12,
                Foster homes,2026-Q3,3,
                Unplanned moves,2026-Q9,2,
                Unplanned moves,2026-Q3,two,
                Placements lasting a year,2026-Q3,13,
                """;
        var preview = upload(small.partnershipId(), DemoUsers.DAVID, csv);
        String html = page(preview.andReturn().getResponse().getRedirectedUrl(), DemoUsers.DAVID);

        assertThat(html)
                .contains("4 rows have errors", "Nothing has been saved")
                .contains("Line 3: No indicator called Foster homes in this partnership’s framework")
                .contains("Line 4: Enter a period like 2026-Q3")
                .containsIgnoringCase("Line 5: Value: enter a number")
                .contains("Line 6: Repeats line 2", "href=\"#line-3\"", "id=\"line-3\"")
                .doesNotContain("Save these measurements");
        assertThat(measurements.list(small.partnershipId(), null, users.current(DemoUsers.FIONA)))
                .isEmpty();
    }

    @Test
    void aCleanFileIsSavedWhenConfirmed() throws Exception {
        var small = fixtures().withFramework();
        String csv = "indicator,period,value,breakdown,source,notes\n"
                + "Placements lasting a year,2026-Q3,12,,Placements database,\n"
                + "Unplanned moves,2026-Q3,2,Falkirk North,,Two moves in July\n";
        String url = upload(small.partnershipId(), DemoUsers.DAVID, csv)
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(page(url, DemoUsers.DAVID)).contains("Save these measurements", "Ready", "Falkirk North");
        assertThat(measurements.list(small.partnershipId(), null, users.current(DemoUsers.FIONA)))
                .isEmpty();

        post(url + "/confirm", DemoUsers.DAVID)
                .andExpect(redirectedUrl("/partnerships/" + small.partnershipId() + "/outcomes"));

        assertThat(measurements.list(small.partnershipId(), null, users.current(DemoUsers.FIONA)))
                .extracting(m -> m.indicatorName() + " " + m.breakdown() + " " + m.enteredBy())
                .containsExactly("Placements lasting a year  David Kerr", "Unplanned moves Falkirk North David Kerr");
        assertThat(history(small.partnershipId()))
                .contains(
                        "Measurements imported",
                        "File: (none) → values.csv",
                        "Unplanned moves, 2026-Q3 (Falkirk North): 2");
        post(url + "/confirm", DemoUsers.DAVID).andExpect(status().isNotFound());
    }

    @Test
    void anExcelWorkbookGoesThroughTheSamePreview() throws Exception {
        var small = fixtures().withFramework();
        var out = new java.io.ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            var row = sheet.createRow(1);
            String[] names = {"indicator", "period", "value"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            row.createCell(0).setCellValue("Unplanned moves");
            row.createCell(1).setCellValue("2026-Q3");
            row.createCell(2).setCellValue(4);
            workbook.write(out);
        }
        var file = new MockMultipartFile("file", "values.xlsx", "application/octet-stream", out.toByteArray());
        String url = mvc.perform(
                        MockMvcRequestBuilders.multipart("/partnerships/" + small.partnershipId() + "/outcomes/import")
                                .file(file)
                                .with(users.as(DemoUsers.FIONA))
                                .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        post(url + "/confirm", DemoUsers.FIONA).andExpect(status().is3xxRedirection());

        assertThat(measurements.list(small.partnershipId(), null, users.current(DemoUsers.FIONA)))
                .extracting(m ->
                        m.indicatorName() + " " + m.value().stripTrailingZeros().toPlainString())
                .containsExactly("Unplanned moves 4");
    }

    @Test
    void aFileWithoutAHeaderIsRefusedOnTheUploadPage() throws Exception {
        var small = fixtures().withFramework();
        var html = html(upload(small.partnershipId(), DemoUsers.FIONA, "Unplanned moves,2026-Q3,2\n")
                .andExpect(status().isOk()));
        assertThat(html).contains("There is a problem", "href=\"#file\"", "The file needs a header row");
    }

    @Test
    void onlyTheUploaderCanSeeAnUploadAndOthersAreRefused() throws Exception {
        var small = fixtures().withFramework();
        String url = upload(
                        small.partnershipId(), DemoUsers.DAVID, "indicator,period,value\nUnplanned moves,2026-Q3,2\n")
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        get(url, DemoUsers.FIONA).andExpect(status().isNotFound());
        get(url, DemoUsers.SAM).andExpect(status().isForbidden());
        get(url, DemoUsers.IAIN).andExpect(status().isNotFound());
        upload(small.partnershipId(), DemoUsers.SAM, "indicator,period,value\n").andExpect(status().isForbidden());
        upload(small.partnershipId(), DemoUsers.IAIN, "indicator,period,value\n")
                .andExpect(status().isNotFound());
        get("/partnerships/" + small.partnershipId() + "/outcomes/import", DemoUsers.SAM)
                .andExpect(status().isForbidden());
    }

    private ResultActions upload(long id, String who, String csv) throws Exception {
        var file = new MockMultipartFile("file", "values.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(MockMvcRequestBuilders.multipart("/partnerships/" + id + "/outcomes/import")
                .file(file)
                .with(users.as(who))
                .with(csrf()));
    }
}
