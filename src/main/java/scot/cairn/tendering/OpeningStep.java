package scot.cairn.tendering;

/** The step of an opening a person means to take: to begin it, or, as a second person, to complete it. */
public enum OpeningStep {
    BEGIN,
    COMPLETE
}
