package scot.cairn.report;

import scot.cairn.platform.Limit;

/** How much a partnership's reports hold. */
final class ReportLimits {

    static final Limit REPORTS = new Limit(500, "report.limit.reports");

    /** Characters of one section's facts, which are cut to fit with an ellipsis. */
    static final int FACTS = 8_000;

    /** Characters of one section's commentary and of a board member's comment. */
    static final int COMMENTARY = 4_000;

    static final int COMMENT = 2_000;

    /** Reports listed on one page. */
    static final int PAGE = 25;

    private ReportLimits() {}
}
