package scot.cairn.sroi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.cairn.platform.Message;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;

/**
 * An uploaded impact-map workbook, checked but not saved: every input and impact-map row of the file with its
 * spreadsheet row number and problems ({@code input}/{@code row} null when the row could not be read), the settings
 * found (null when the file has none: the analysis keeps its own), and how many inputs and rows it would replace. It
 * can be confirmed only when no row has a problem.
 */
public record WorkbookPreview(
        String importId,
        long partnershipId,
        long analysisId,
        String title,
        String fileName,
        List<InputLine> inputs,
        List<MapRow> rows,
        Settings settings,
        int inputsNow,
        int rowsNow) {

    /** An input row of the file. */
    public record InputLine(int rowNumber, Investment input, List<Message> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** An impact-map row of the file. */
    public record MapRow(int rowNumber, MapLine row, List<Message> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** One problem of the file: {@code field} for the API ({@code rows[0]}, 0-based), {@code anchor} for the page. */
    public record Problem(String field, String anchor, Message message) {}

    public WorkbookPreview {
        inputs = List.copyOf(inputs);
        rows = List.copyOf(rows);
    }

    public List<Problem> problems() {
        var all = new ArrayList<Problem>();
        for (int i = 0; i < inputs.size(); i++) {
            var line = inputs.get(i);
            if (!line.ok()) {
                all.add(new Problem(
                        "inputs[" + i + "]",
                        "input-row-" + line.rowNumber(),
                        Message.of("sroi.import.inputRow", line.rowNumber(), Message.joined(line.problems()))));
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            var line = rows.get(i);
            if (!line.ok()) {
                all.add(new Problem(
                        "rows[" + i + "]",
                        "map-row-" + line.rowNumber(),
                        Message.of("sroi.import.mapRow", line.rowNumber(), Message.joined(line.problems()))));
            }
        }
        return all;
    }

    /** The problems by API field, for a 400 answer. */
    public Map<String, Message> errors() {
        var errors = new LinkedHashMap<String, Message>();
        problems().forEach(p -> errors.put(p.field(), p.message()));
        return errors;
    }

    public boolean confirmable() {
        return !rows.isEmpty() && problems().isEmpty();
    }

    /** "This will replace the 4 inputs and 7 rows of the analysis". */
    public Message replaces() {
        return Message.of(
                settings == null ? "sroi.preview.replaces" : "sroi.preview.replacesWithSettings", inputsNow, rowsNow);
    }
}
