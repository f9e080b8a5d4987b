package scot.cairn.identity;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links sent by email: password resets and invitations. Each link carries a random secret of 256 bits, of
 * which only a SHA-256 is stored, so a copy of the database opens no link. A link is used by one SQL statement that
 * succeeds only while it is unused, so two clicks at the same moment use it once.
 */
@Component
class AccountLinks {

    /** What a link is for. */
    enum Purpose {
        RESET,
        INVITATION
    }

    /** A stored link that can still be used. */
    record Open(long id, long accountId, String landing) {}

    /** A new link's secret, to be sent and then forgotten, and when it stops working. */
    record Issued(String token, Instant expiresAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a new link for the address (and its account, if any) and answers its secret. */
    Issued issue(Purpose purpose, String email, Long accountId, String landing, Long invitedBy, Duration validFor) {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(validFor);
        jdbc.sql("insert into identity_account_link (purpose, email_hash, account_id, token_hash, landing,"
                        + " invited_by, created_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        purpose.name(),
                        SignInAttempts.hash(email),
                        accountId,
                        ApiTokenService.hash(token),
                        landing,
                        invitedBy,
                        Timestamp.from(now),
                        Timestamp.from(expires))
                .update();
        return new Issued(token, expires);
    }

    /** What a link is now: open, expired, used, or unknown (never issued, replaced, or for no account). */
    LinkState state(Purpose purpose, String token) {
        return row(purpose, token).map(Row::state).orElse(LinkState.UNKNOWN);
    }

    /**
     * The link, if it can be used now.
     *
     * @throws LinkRefusedException saying why it cannot
     */
    Open requireOpen(Purpose purpose, String token) {
        var row = row(purpose, token).orElseThrow(() -> new LinkRefusedException(LinkState.UNKNOWN));
        if (row.state() != LinkState.OPEN) {
            throw new LinkRefusedException(row.state());
        }
        return new Open(row.id(), row.accountId(), row.landing());
    }

    /**
     * Marks the link used, unless it was used meanwhile.
     *
     * @throws LinkRefusedException when another request used it first
     */
    void use(long id) {
        int changed = jdbc.sql("update identity_account_link set used_at = ? where id = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), id)
                .update();
        if (changed != 1) {
            throw new LinkRefusedException(LinkState.USED);
        }
    }

    /** How many links for this purpose were issued for the address since {@code since}. */
    int issuedSince(Purpose purpose, String email, Instant since) {
        return jdbc.sql("select count(*) from identity_account_link where email_hash = ? and purpose = ?"
                        + " and created_at > ?")
                .params(SignInAttempts.hash(email), purpose.name(), Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    /** Withdraws the account's unused links for this purpose: a new link replaces them. */
    void withdraw(Purpose purpose, long accountId) {
        jdbc.sql("delete from identity_account_link where account_id = ? and purpose = ? and used_at is null")
                .params(accountId, purpose.name())
                .update();
    }

    /** Whether the account has an invitation that was never used: its owner has not chosen a password yet. */
    boolean pendingInvitation(long accountId) {
        return jdbc.sql("select count(*) from identity_account_link where account_id = ? and purpose = 'INVITATION'"
                                + " and used_at is null")
                        .param(accountId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * For each of these people whose account has an unused invitation, when the latest one expires (or expired). For
     * many people at once (the whole directory) it reads every unused invitation, which are few, rather than send a
     * list of ids longer than a database takes.
     */
    Map<Long, Instant> pendingInvitationsOfPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        boolean many = personIds.size() > 500;
        var wanted = many ? java.util.Set.copyOf(personIds) : null;
        return jdbc
                .sql("select a.person_id, max(l.expires_at) as expires_at from identity_account_link l"
                        + " join identity_account a on a.id = l.account_id"
                        + " where l.purpose = 'INVITATION' and l.used_at is null"
                        + (many ? "" : " and a.person_id in (:ids)")
                        + " group by a.person_id")
                .params(many ? Map.of() : Map.of("ids", personIds))
                .query((rs, n) -> Map.entry(
                        rs.getLong("person_id"), rs.getTimestamp("expires_at").toInstant()))
                .list()
                .stream()
                .filter(e -> wanted == null || wanted.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Deletes reset links an hour after they expired: they only count towards the limit for an hour. */
    void cleanUpResets() {
        jdbc.sql("delete from identity_account_link where purpose = 'RESET' and expires_at < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .update();
    }

    private Optional<Row> row(Purpose purpose, String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id, account_id, landing, expires_at, used_at from identity_account_link"
                        + " where token_hash = ? and purpose = ?")
                .params(ApiTokenService.hash(token), purpose.name())
                .query((rs, n) -> new Row(
                        rs.getLong("id"),
                        (Long) rs.getObject("account_id", Long.class),
                        rs.getString("landing"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") != null,
                        clock.instant()))
                .optional()
                .filter(r -> r.accountId() != null);
    }

    private record Row(long id, Long accountId, String landing, Instant expiresAt, boolean used, Instant now) {
        LinkState state() {
            if (used) {
                return LinkState.USED;
            }
            return now.isBefore(expiresAt) ? LinkState.OPEN : LinkState.EXPIRED;
        }
    }
}
