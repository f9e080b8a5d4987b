package scot.cairn.governance;

import java.time.Instant;

/** A draft decision ({@code reference} D-1, D-2...) was put to a partnership's board, which now approves it or not. */
public record DecisionProposed(
        long partnershipId, long decisionId, String reference, String title, long byPersonId, Instant at) {}
