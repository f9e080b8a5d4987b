package scot.cairn.planning;

import scot.cairn.platform.Limit;

/** How much one plan holds; the pages and the API share these through the service. */
final class PlanLimits {

    static final Limit TASKS = new Limit(2_000, "planning.limit.tasks");

    static final Limit MILESTONES = new Limit(500, "planning.limit.milestones");

    static final Limit PACKAGES = new Limit(200, "planning.limit.packages");

    /** Rows of one file of tasks to import. */
    static final Limit IMPORT_ROWS = new Limit(500, "planning.limit.importRows");

    /** Tasks one task waits for. */
    static final Limit DEPENDENCIES = new Limit(50, "planning.limit.dependencies");

    /** Baselines a plan keeps. */
    static final Limit BASELINES = new Limit(100, "planning.limit.baselines");

    /** Tasks shown on one page of the plan and its timeline. */
    static final int PAGE = 100;

    private PlanLimits() {}
}
