package scot.cairn.partnership;

import java.time.Instant;

/** A person stopped being a member of a partnership; any seats and roles they held ended in the same step. */
public record MemberRemoved(long partnershipId, long personId, MemberRole role, long byPersonId, Instant at) {}
