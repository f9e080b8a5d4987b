package scot.cairn.risk;

import scot.cairn.platform.Limit;

/** How much one register holds; the pages and the API share these through the service. */
final class RiskLimits {

    /** Risks and issues in one partnership's register, closed ones included. */
    static final Limit RISKS = new Limit(500, "risk.limit.risks");

    /** Reviews kept for one risk. */
    static final Limit REVIEWS = new Limit(500, "risk.limit.reviews");

    /** Actions of one item, done ones included. */
    static final Limit ACTIONS = new Limit(50, "risk.limit.actions");

    private RiskLimits() {}
}
