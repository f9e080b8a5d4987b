package scot.cairn.report;

import scot.cairn.platform.Labelled;

/** The sections of a highlight report, in the order it shows them. */
public enum ReportSection implements Labelled {
    STAGE,
    PLAN,
    RISKS,
    DECISIONS,
    ACTIONS,
    OUTCOMES,
    SROI,
    SUSTAINABILITY;

    @Override
    public String labelKey() {
        return "report.section." + name();
    }
}
