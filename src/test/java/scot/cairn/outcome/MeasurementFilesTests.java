package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.English;
import scot.cairn.platform.InvalidInputException;

class MeasurementFilesTests {

    @Test
    void readsCsvColumnsByHeaderInAnyOrderAndCase() {
        var rows = MeasurementFiles.csv(
                "\uFEFFValue,Period,INDICATOR,notes\n12,2026-Q3,Carers retained,\"first, best\"\n\n"
                        + "3.5,2026-Q4,Carers retained,\n");
        assertThat(rows)
                .containsExactly(
                        new MeasurementRow("Carers retained", "2026-Q3", "12", null, null, "first, best"),
                        new MeasurementRow("Carers retained", "2026-Q4", "3.5", null, null, ""));
    }

    @Test
    void needsAHeaderRow() {
        assertThat(refusal(() -> MeasurementFiles.csv("Carers retained,2026-Q3,12\n")))
                .contains("header row");
    }

    @Test
    void writesRowsThatReadBackTheSame() {
        var rows = List.of(new MeasurementRow("A, \"quoted\"", "2026-Q3", "1", "16-24", "Survey", "Line\nbreak"));
        assertThat(MeasurementFiles.csv(MeasurementFiles.toCsv(rows))).isEqualTo(rows);
    }

    @Test
    void readsTheFirstSheetOfAWorkbook() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Values");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("indicator");
            header.createCell(1).setCellValue("period");
            header.createCell(2).setCellValue("value");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Carers retained");
            row.createCell(1).setCellValue("2026-Q3");
            row.createCell(2).setCellValue(42.5);
            workbook.write(out);
        }
        assertThat(MeasurementFiles.xlsx(new ByteArrayInputStream(out.toByteArray())))
                .containsExactly(new MeasurementRow("Carers retained", "2026-Q3", "42.5", null, null, null));
    }

    @Test
    void twentyThousandRowsAreReadAndTheReadingStopsAtTheNextOne() {
        var atLimit = new StringBuilder("indicator,period,value\n");
        for (int i = 0; i < 20_000; i++) {
            atLimit.append("Carers retained,2026-Q3,").append(i).append('\n');
        }
        assertThat(MeasurementFiles.csv(atLimit.toString())).hasSize(20_000);

        String over = atLimit + "Carers retained,2026-Q3,1\nnot even,read,\"\n";

        assertThat(refusal(() -> MeasurementFiles.csv(over)))
                .isEqualTo("A file of measurements has at most 20,000 rows; this one has more: split it into smaller"
                        + " files");
    }

    @Test
    void aNulInACellRefusesTheFileNamingTheLineAndColumn() {
        assertThat(refusal(() -> MeasurementFiles.csv(
                        "indicator,period,value,notes\nCarers,2026-Q3,1,ok\n" + "Carers,2026-Q4,2,b\u0000ad\n")))
                .isEqualTo("Line 3: Remove the hidden control character (NUL) from the notes");
    }

    /** The words of the refusal on {@code file}, as an English reader sees them. */
    private static String refusal(Runnable read) {
        var e = catchThrowableOfType(InvalidInputException.class, read::run);
        assertThat(e.fieldErrors()).containsOnlyKeys("file");
        return English.of(e.fieldErrors().get("file"));
    }
}
