package scot.cairn.partnership;

/**
 * A person became a member of a partnership: added by a manager, or invited when they already had an account. Someone
 * invited without an account gets the invitation email instead, and no such event, so they are not told twice.
 *
 * @param addedBy the person id of whoever added them
 */
public record MemberAdded(long partnershipId, long personId, MemberRole role, long addedBy) {}
