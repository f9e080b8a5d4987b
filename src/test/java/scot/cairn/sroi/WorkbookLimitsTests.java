package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.English;

/**
 * A spreadsheet to import is read as the pages read what people type: no more rows or inputs than the limits, which
 * stop the reading as soon as they are passed, numbers as {@link scot.cairn.platform.Numbers} reads them, and no NUL.
 */
class WorkbookLimitsTests {

    static final String[] HEADINGS = {
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

    @Test
    void twoThousandRowsAreReadAndOneMoreRefusesTheFile() throws IOException {
        var atLimit = ImpactMapWorkbook.read(new ByteArrayInputStream(map(2_000, "10")));
        assertThat(English.of(atLimit.fileProblems())).isEmpty();
        assertThat(atLimit.rows()).hasSize(2_000).allMatch(ImpactMapWorkbook.ReadRow::clean);

        var over = ImpactMapWorkbook.read(new ByteArrayInputStream(map(2_001, "10")));

        assertThat(English.of(over.fileProblems()))
                .containsExactly("An impact map has at most 2,000 rows; this one has more");
        assertThat(over.rows()).isEmpty();
    }

    @Test
    void moreThanFiveHundredInputsRefuseTheFile() throws IOException {
        try (var workbook = new SXSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            fill(workbook.createSheet(ImpactMapWorkbook.MAP_SHEET), 1, "10");
            var inputs = workbook.createSheet(ImpactMapWorkbook.INPUTS_SHEET);
            var header = inputs.createRow(0);
            String[] names = {"Stakeholder", "Description", "Cash (£)", "In-kind (£)"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 1; r <= 501; r++) {
                var row = inputs.createRow(r);
                row.createCell(0).setCellValue("Funder " + r);
                row.createCell(2).setCellValue(100);
            }
            workbook.write(out);

            var read = ImpactMapWorkbook.read(new ByteArrayInputStream(out.toByteArray()));

            assertThat(English.of(read.fileProblems()))
                    .containsExactly("An SROI analysis has at most 500 inputs; this one has more");
        }
    }

    @Test
    void numbersTypedAsTextTakeCommasOnlyAsThousands() throws IOException {
        var grouped = ImpactMapWorkbook.read(new ByteArrayInputStream(map(1, "1,500")));
        assertThat(grouped.rows().get(0).line().orElseThrow().quantity()).isEqualByComparingTo("1500");

        var comma = ImpactMapWorkbook.read(new ByteArrayInputStream(map(1, "1,5")));

        assertThat(English.of(comma.rows().get(0).problems()))
                .containsExactly("Quantity must be a number, not “1,5”: Use a full stop for decimals, like 1.5"
                        + " (commas only group thousands, like 1,500)");
    }

    @Test
    void aNulInACellIsAProblemOfItsRow() throws IOException {
        // A workbook escapes control characters as _xHHHH_; reading it back turns this one into a real NUL.
        var read = ImpactMapWorkbook.read(new ByteArrayInputStream(map(1, "10", "Carers_x0000_")));
        assertThat(read.rows().get(0).line().orElseThrow().stakeholder()).isEqualTo("Carers\u0000");
        var line = read.rows().get(0).line().orElseThrow();

        assertThat(English.of(SroiRules.rowErrors(0, WorkbookImportService.details(line), java.util.Set.of())))
                .containsEntry(
                        "rows[0].stakeholder", "Row 1: remove the hidden control character (NUL) from the stakeholder");
    }

    static byte[] map(int rows, String quantity) throws IOException {
        return map(rows, quantity, "Carers");
    }

    /** A streaming workbook for many rows; a plain one for a few. */
    static byte[] map(int rows, String quantity, String stakeholder) throws IOException {
        try (var workbook = rows > 10 ? new SXSSFWorkbook() : new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet(ImpactMapWorkbook.MAP_SHEET);
            fill(sheet, rows, quantity, stakeholder);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(org.apache.poi.ss.usermodel.Sheet sheet, int rows, String quantity) {
        fill(sheet, rows, quantity, "Carers");
    }

    private static void fill(org.apache.poi.ss.usermodel.Sheet sheet, int rows, String quantity, String stakeholder) {
        var header = sheet.createRow(0);
        for (int c = 0; c < HEADINGS.length; c++) {
            header.createCell(c).setCellValue(HEADINGS[c]);
        }
        for (int r = 1; r <= rows; r++) {
            var row = sheet.createRow(r);
            row.createCell(0).setCellValue(stakeholder);
            row.createCell(1).setCellValue("Wellbeing " + r);
            row.createCell(2).setCellValue("WEMWBS");
            row.createCell(3).setCellValue(quantity);
            row.createCell(4).setCellValue(2);
            row.createCell(5).setCellValue(500);
            row.createCell(6).setCellValue("HACT");
            for (int c = 7; c <= 10; c++) {
                row.createCell(c).setCellValue(0);
            }
        }
    }
}
