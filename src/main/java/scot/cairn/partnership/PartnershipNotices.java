package scot.cairn.partnership;

import java.util.List;

/**
 * Warnings other modules want shown on a partnership's overview page, such as a missing Project Manager. Modules
 * contribute them by declaring a Spring bean that implements this interface; the partnership module knows nothing of
 * what they check.
 */
public interface PartnershipNotices {

    /** Short warnings for a partnership the viewer may see; empty when there is nothing to say. Never null. */
    List<String> noticesFor(long partnershipId);
}
