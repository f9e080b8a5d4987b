package scot.cairn.outcome;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import scot.cairn.platform.SheetFile;

/**
 * Reads measurement files ({@link SheetFile}): a header row naming the columns indicator, period and value (required)
 * and breakdown, source and notes (optional), and at most {@link OutcomeLimits#IMPORT_ROWS} rows.
 */
final class MeasurementFiles {

    static final SheetFile LAYOUT = new SheetFile(
            List.of("indicator", "period", "value", "breakdown", "source", "notes"),
            3,
            OutcomeLimits.IMPORT_ROWS,
            "outcome.import.");

    private MeasurementFiles() {}

    static List<MeasurementRow> read(String fileName, byte[] content) {
        return rows(LAYOUT.read(fileName, content));
    }

    static List<MeasurementRow> csv(String text) {
        return rows(LAYOUT.csv(text));
    }

    static List<MeasurementRow> xlsx(InputStream in) {
        return rows(LAYOUT.xlsx(in));
    }

    /** The rows as CSV text with the standard header, which {@link #csv} reads back unchanged. */
    static String toCsv(List<MeasurementRow> rows) {
        return LAYOUT.toCsv(rows.stream()
                .map(r -> {
                    var cells = new java.util.HashMap<String, String>();
                    cells.put("indicator", r.indicator());
                    cells.put("period", r.period());
                    cells.put("value", r.value());
                    cells.put("breakdown", r.breakdown());
                    cells.put("source", r.source());
                    cells.put("notes", r.notes());
                    return (Map<String, String>) cells;
                })
                .toList());
    }

    private static List<MeasurementRow> rows(List<Map<String, String>> read) {
        return read.stream()
                .map(m -> new MeasurementRow(
                        m.get("indicator"),
                        m.get("period"),
                        m.get("value"),
                        m.get("breakdown"),
                        m.get("source"),
                        m.get("notes")))
                .toList();
    }
}
