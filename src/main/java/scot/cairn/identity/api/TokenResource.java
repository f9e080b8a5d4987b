package scot.cairn.identity.api;

import java.time.Instant;
import scot.cairn.identity.ApiTokenSummary;

/** One of your API tokens, without its secret (which is never stored). Times are null when it has not happened. */
record TokenResource(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt, boolean active) {

    static TokenResource of(ApiTokenSummary t) {
        return new TokenResource(t.id(), t.name(), t.createdAt(), t.lastUsedAt(), t.revokedAt(), t.active());
    }
}
