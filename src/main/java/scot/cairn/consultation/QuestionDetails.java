package scot.cairn.consultation;

/** A question to add: its kind, its words, for a choice the options one per line, and whether it must be answered. */
public record QuestionDetails(QuestionKind kind, String text, String options, Boolean required) {}
