package scot.cairn.partnership;

import java.util.List;

/**
 * What other modules still hold for a member, such as seats on groups or roles, so that removing the member either is
 * refused or ends them in the same step, and never leaves a role held by someone who can no longer see the
 * partnership. Modules contribute by declaring a Spring bean that implements this interface.
 */
public interface MemberReferences {

    /** Short descriptions such as "a seat on the Project Board"; empty when nothing is held. Never null. */
    List<String> heldBy(long partnershipId, long personId);

    /** Ends everything {@link #heldBy} lists, recording each in the audit trail; part of the caller's transaction. */
    void release(long partnershipId, long personId);
}
