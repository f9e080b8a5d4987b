package scot.cairn.partnership;

import scot.cairn.platform.Limit;

/** How many partners and members a partnership may have; the pages and the API share these through the aggregate. */
final class PartnershipLimits {

    /** Partner organisations, core, consulted and informed together. */
    static final Limit PARTNERS = new Limit(200, "partnership.limit.partners");

    /** Members (managers, members and observers together). */
    static final Limit MEMBERS = new Limit(500, "partnership.limit.members");

    /** Items shown in each part of a to-do list ("What needs you", "Waiting on others"); the rest are counted. */
    static final int TO_DO_SHOWN = 50;

    /**
     * Partnerships whose gate criteria a person's to-do list checks (soonest planned stage end first), as each check
     * reads every criterion of one partnership; the overview checks its own partnership's gate whatever this says.
     */
    static final int GATES_CHECKED = 20;

    private PartnershipLimits() {}
}
