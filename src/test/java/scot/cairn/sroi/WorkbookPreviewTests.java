package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.English;
import scot.cairn.platform.Message;
import scot.cairn.sroi.WorkbookPreview.InputLine;
import scot.cairn.sroi.WorkbookPreview.MapRow;

class WorkbookPreviewTests {

    @Test
    void problemsNameTheSpreadsheetRowAndTheApiFieldCountsFromZero() {
        var preview = new WorkbookPreview(
                "x",
                1,
                2,
                "Forecast",
                "map.xlsx",
                List.of(new InputLine(2, null, List.of(Message.of("Cash must be a number, not \"lots\"")))),
                List.of(
                        new MapRow(3, ImpactMapWorkbookTests.ROWS.get(0), List.of()),
                        new MapRow(
                                4,
                                null,
                                List.of(Message.of("Quantity is missing"), Message.of("Drop-off is missing")))),
                null,
                4,
                1);

        assertThat(English.of(preview.errors()))
                .containsExactly(
                        org.assertj.core.api.Assertions.entry(
                                "inputs[0]", "Inputs sheet row 2: Cash must be a number, not \"lots\""),
                        org.assertj.core.api.Assertions.entry(
                                "rows[1]", "Impact map row 4: Quantity is missing; Drop-off is missing"));
        assertThat(preview.problems())
                .extracting(WorkbookPreview.Problem::anchor)
                .containsExactly("input-row-2", "map-row-4");
        assertThat(preview.confirmable()).isFalse();
        assertThat(English.of(preview.replaces()))
                .isEqualTo("This will replace the 4 inputs and 1 row of the analysis.");
    }

    @Test
    void aCleanFileWithRowsCanBeConfirmedAndAnEmptyMapCannot() {
        var clean = new WorkbookPreview(
                "x",
                1,
                2,
                "F",
                "f.xlsx",
                List.of(),
                List.of(new MapRow(3, ImpactMapWorkbookTests.ROWS.get(0), List.of())),
                Settings.guide(),
                0,
                7);
        var empty = new WorkbookPreview("x", 1, 2, "F", "f.xlsx", List.of(), List.of(), null, 0, 0);

        assertThat(clean.confirmable()).isTrue();
        assertThat(English.of(clean.replaces()))
                .isEqualTo("This will replace the 0 inputs and 7 rows of the analysis, and its settings.");
        assertThat(empty.confirmable()).isFalse();
    }

    @Test
    void fileNamesComeFromTheTitle() {
        assertThat(SroiDownloads.fileName("Forecast 2026/27: pilot", "xlsx")).isEqualTo("forecast-2026-27-pilot.xlsx");
        assertThat(SroiDownloads.fileName("£££", "pdf")).isEqualTo("sroi-analysis.pdf");
    }
}
