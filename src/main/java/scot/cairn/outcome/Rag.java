package scot.cairn.outcome;

import scot.cairn.platform.Labelled;

/** How an indicator stands against its target, always shown as a word and never by colour alone. */
public enum Rag implements Labelled {
    GREEN("Green", "target met"),
    AMBER("Amber", "close to target"),
    RED("Red", "off target"),
    NO_DATA("No data", "no value recorded"),
    NO_TARGET("No target", "no target set");

    private final String label;
    private final String meaning;

    Rag(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    @Override
    public String labelKey() {
        return "outcome.rag." + name();
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** The GOV.UK tag classes for this status; the tag always shows the word as well. */
    public String css() {
        return switch (this) {
            case GREEN -> "govuk-tag govuk-tag--green";
            case AMBER -> "govuk-tag govuk-tag--yellow";
            case RED -> "govuk-tag govuk-tag--red";
            default -> "govuk-tag govuk-tag--grey";
        };
    }
}
