package scot.cairn.report;

import scot.cairn.platform.Labelled;

/** Where a report is: a draft the Project Manager writes, submitted to the board (locked), or noted by it. */
public enum ReportStatus implements Labelled {
    DRAFT,
    SUBMITTED,
    NOTED;

    @Override
    public String labelKey() {
        return "report.status." + name();
    }
}
