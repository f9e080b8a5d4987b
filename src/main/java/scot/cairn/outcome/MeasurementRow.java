package scot.cairn.outcome;

/**
 * One measurement as a file or an API client gives it: all text, not yet checked. Any field may be null or blank;
 * {@link RowChecker} says what is wrong with it.
 */
public record MeasurementRow(
        String indicator, String period, String value, String breakdown, String source, String notes) {}
