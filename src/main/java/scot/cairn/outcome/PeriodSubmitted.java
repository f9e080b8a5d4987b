package scot.cairn.outcome;

import java.time.Instant;

/** An editor of the evidence submitted one period's measurements ({@code period} such as 2026-Q3) for the board. */
public record PeriodSubmitted(long partnershipId, String period, long byPersonId, Instant at) {}
