package scot.cairn.identity;

import java.time.Instant;

/** An account as the people pages show it; {@code lockedUntil} is null unless sign-in is locked. */
public record AccountSummary(long id, long personId, boolean administrator, Instant lockedUntil) {}
