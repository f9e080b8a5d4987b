package scot.cairn.partnership;

import scot.cairn.platform.Limit;

/** How many partners and members a partnership may have; the pages and the API share these through the aggregate. */
final class PartnershipLimits {

    /** Partner organisations, core, consulted and informed together. */
    static final Limit PARTNERS = new Limit(200, "partnership.limit.partners");

    /** Members (managers, members and observers together). */
    static final Limit MEMBERS = new Limit(500, "partnership.limit.members");

    private PartnershipLimits() {}
}
