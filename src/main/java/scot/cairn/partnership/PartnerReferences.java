package scot.cairn.partnership;

import java.util.List;

/**
 * What other modules still hold for a partner organisation, such as seats on groups or roles, so that removing the
 * partner is refused until they are dealt with rather than leaving them behind. Modules contribute by declaring a
 * Spring bean that implements this interface.
 */
public interface PartnerReferences {

    /** Short descriptions such as "2 seats on groups"; empty when the module holds nothing for it. Never null. */
    List<String> heldFor(long partnershipId, long organisationId);
}
