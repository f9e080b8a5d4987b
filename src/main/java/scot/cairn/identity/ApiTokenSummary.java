package scot.cairn.identity;

import java.time.Instant;

/** A personal API token as its owner sees it; the secret itself is never stored or shown again. */
public record ApiTokenSummary(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
