package scot.cairn.outcome;

import java.time.Instant;

/** The board approved the measurements of one period ({@code period} such as 2026-Q3) of a partnership. */
public record PeriodApproved(long partnershipId, String period, Instant at) {}
