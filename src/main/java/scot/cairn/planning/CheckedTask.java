package scot.cairn.planning;

import java.util.List;
import java.util.Map;
import scot.cairn.platform.Message;

/**
 * A row of a file of tasks after checking, with its line in the file (the header is line 1) and its cells by column.
 * Errors are messages by column (title, owner, start, due, workstream, package, stage, after); a row without errors
 * has the details it would be saved with, otherwise they may be null.
 */
public record CheckedTask(int line, Map<String, String> cells, TaskDetails details, Map<String, Message> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The cell of a column, "" when the file has none. */
    public String cell(String column) {
        var c = cells.get(column);
        return c == null ? "" : c;
    }

    /** Every problem of the row as one message: "Line 3: Enter a due date; ...". */
    public Message problem() {
        return Message.of("planning.import.line", line, Message.joined(List.copyOf(errors.values())));
    }
}
