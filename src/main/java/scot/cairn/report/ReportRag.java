package scot.cairn.report;

import scot.cairn.platform.Labelled;

/** The Project Manager's status of the whole project for the period. */
public enum ReportRag implements Labelled {
    GREEN,
    AMBER,
    RED;

    @Override
    public String labelKey() {
        return "report.rag." + name();
    }

    /** The GOV.UK tag that shows it. */
    public String css() {
        return switch (this) {
            case GREEN -> "govuk-tag govuk-tag--green";
            case AMBER -> "govuk-tag govuk-tag--yellow";
            case RED -> "govuk-tag govuk-tag--red";
        };
    }
}
