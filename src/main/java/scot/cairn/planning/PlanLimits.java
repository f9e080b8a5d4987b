package scot.cairn.planning;

import scot.cairn.platform.Limit;

/** How much one plan holds; the pages and the API share these through the service. */
final class PlanLimits {

    static final Limit TASKS = new Limit(2_000, "planning.limit.tasks");

    static final Limit MILESTONES = new Limit(500, "planning.limit.milestones");

    /** Tasks one task waits for. */
    static final Limit DEPENDENCIES = new Limit(50, "planning.limit.dependencies");

    private PlanLimits() {}
}
