package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import scot.cairn.support.DemoUsers;

/** The SROI pages in a real browser: the list, an analysis with its results, and a row form with errors, each axe-checked. */
@BrowserTest
class SroiBrowserTests {

    private final Browser browser;

    SroiBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void analysesListAnAnalysisWithResultsAndARowFormWithErrorsAreAccessible() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("SROI");
        browser.waitForHeading("SROI analyses");
        assertThat(browser.driver().getPageSource()).contains("Forecast for the pilot year", "Approved");

        browser.follow("Forecast for the pilot year");
        browser.waitForHeading("Forecast for the pilot year");
        assertThat(browser.driver().getPageSource())
                .contains(
                        "Total present value",
                        "SROI ratio",
                        "Payback period",
                        "Present value by stakeholder",
                        "Value per row per year",
                        "Change needed for 1 : 1")
                .doesNotContain("Add a row to the impact map");

        browser.open(browser.path() + "?variation=abc");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");

        browser.follow("SROI");
        browser.follow("Evaluation of the last four quarters");
        browser.waitForHeading("Evaluation of the last four quarters");
        assertThat(browser.driver().getPageSource()).contains("latest approved measurement");
        browser.follow("Add a row to the impact map");
        browser.waitForHeading("Add an impact-map row");
        browser.driver().findElement(By.id("deadweight")).sendKeys("120");
        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Save row']"))
                .click();
        browser.waitForHeading("Add an impact-map row");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.driver().getPageSource())
                .contains("Row 4: deadweight must be between 0 and 100%", "Row 4: enter the stakeholder");
        assertThat(browser.form().errorLink("Row 4: deadweight must be between 0 and 100%"))
                .isEqualTo("#deadweight");
    }

    @Test
    void theSpreadsheetUploadFormWithAnErrorAndAPreviewWithABadRowAreAccessible(@TempDir Path dir) throws Exception {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("SROI");
        browser.follow("Evaluation of the last four quarters");
        browser.waitForHeading("Evaluation of the last four quarters");
        browser.follow("Import inputs, impact map and settings from a spreadsheet");
        browser.waitForHeading("Import a spreadsheet");
        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Upload and check']"))
                .click();
        browser.waitForHeading("Import a spreadsheet");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.driver().getPageSource()).contains("Choose an Excel workbook (.xlsx) to upload");

        Path file = dir.resolve("impact-map.xlsx");
        try (var workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Impact map");
            String[] headings = {
                "Stakeholder",
                "Outcome",
                "Indicator",
                "Quantity",
                "Duration (years)",
                "Proxy value (£)",
                "Proxy source",
                "Deadweight %",
                "Displacement %",
                "Attribution %",
                "Drop-off %"
            };
            Object[] values = {
                "Children in care", "Stable placements", "Placements", "lots", 2, 100, "PSSRU", 10, 0, 20, 50
            };
            var header = sheet.createRow(0);
            var row = sheet.createRow(1);
            for (int c = 0; c < headings.length; c++) {
                header.createCell(c).setCellValue(headings[c]);
                if (values[c] instanceof String text) {
                    row.createCell(c).setCellValue(text);
                } else {
                    row.createCell(c).setCellValue(((Integer) values[c]).doubleValue());
                }
            }
            workbook.write(out);
        }
        browser.driver()
                .findElement(By.id("file"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Upload and check']"))
                .click();
        browser.waitForHeading("Check the spreadsheet");
        assertThat(browser.driver().getPageSource())
                .contains("Impact map row 2: Quantity must be a number", "Nothing has been saved")
                .doesNotContain("Replace the inputs, impact map and settings");
    }
}
