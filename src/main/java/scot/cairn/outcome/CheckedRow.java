package scot.cairn.outcome;

import java.math.BigDecimal;
import java.util.Map;
import scot.cairn.platform.Message;

/**
 * A row after checking, with its line in the file (the header is line 1). Errors are messages by field (indicator, period, value, breakdown, source, notes). When there are none, the indicator
 * id, period and value are set and the row can be saved; otherwise they may be null.
 */
public record CheckedRow(
        int line, MeasurementRow row, Long indicatorId, Period period, BigDecimal value, Map<String, Message> errors) {

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Every problem of the row as one message: "Line 3: Enter a value; ...". */
    public Message problem() {
        return Message.of("outcome.import.line", line, Message.joined(java.util.List.copyOf(errors.values())));
    }

    /** The breakdown as stored: stripped, and "" for the whole population. */
    public String breakdown() {
        return row.breakdown() == null ? "" : row.breakdown().strip();
    }
}
