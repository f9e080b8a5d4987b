package scot.cairn.report;

import java.time.Instant;

/** A highlight report ({@code reference} HR-1, HR-2...) was submitted to the partnership's board. */
public record HighlightSubmitted(long partnershipId, long reportId, String reference, long byPersonId, Instant at) {}
