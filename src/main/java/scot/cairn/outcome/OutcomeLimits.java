package scot.cairn.outcome;

import scot.cairn.platform.Limit;

/**
 * How much an outcome framework, the sustainability evidence and a measurements file may hold. The API, the pages,
 * copying a framework and the CSV / XLSX import all check these same limits.
 */
final class OutcomeLimits {

    /** Stakeholder groups of one partnership's framework. */
    static final Limit STAKEHOLDER_GROUPS = new Limit(50, "outcome.limit.stakeholderGroups");

    /** Outcomes of one partnership's framework. */
    static final Limit OUTCOMES = new Limit(200, "outcome.limit.outcomes");

    /** Indicators of one partnership's framework; the measurement grid shows one row for each. */
    static final Limit INDICATORS = new Limit(500, "outcome.limit.indicators");

    /** Named volumes and service metrics in the sustainability evidence; the form has a row for each. */
    static final Limit METRICS = new Limit(5, "outcome.limit.metrics");

    /**
     * Rows of one measurements file: a year of monthly values of a large framework by area. The import is measured at
     * 10,000 rows in under 5 seconds; a 20,000-row CSV is about 3 MB, well within the upload limit.
     */
    static final Limit IMPORT_ROWS = new Limit(20_000, "outcome.limit.importRows");

    private OutcomeLimits() {}
}
