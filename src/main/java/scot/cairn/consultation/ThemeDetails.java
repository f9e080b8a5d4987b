package scot.cairn.consultation;

/**
 * A theme as written: its name, what people said, the partnership's response, what changed in the service's design,
 * and the record that shows it as {@code KIND:id} ("DECISION:12", "TASK:40"), or blank.
 */
public record ThemeDetails(String name, String said, String response, String change, String link) {}
