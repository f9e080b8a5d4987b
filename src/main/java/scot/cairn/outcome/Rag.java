package scot.cairn.outcome;

import scot.cairn.platform.Labelled;

/** How an indicator stands against its target, always shown as a word and never by colour alone. */
public enum Rag implements Labelled {
    GREEN,
    AMBER,
    RED,
    NO_DATA,
    NO_TARGET;

    @Override
    public String labelKey() {
        return "outcome.rag." + name();
    }

    /** The bundle key of what the status means, such as "target met". */
    public String meaningKey() {
        return "outcome.ragMeaning." + name();
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
