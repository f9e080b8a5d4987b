package scot.cairn.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * Personal API tokens for scripts. Only a SHA-256 of each secret is stored, so a stolen database does not give
 * access; a revoked token never works again.
 */
@Service
public class ApiTokenService {

    private static final String PREFIX = "cairn_";
    private static final int MAX_ACTIVE = 20;

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(JdbcClient jdbc, AccountService accounts, AuditTrail audit) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public NewApiToken create(CurrentUser user, String name) {
        String label = name == null ? "" : name.strip();
        new InvalidInputException.Collector()
                .rejectIf(label.isEmpty(), "name", "identity.token.nameMissing")
                .rejectIf(label.length() > 100, "name", "identity.token.nameTooLong", 100)
                .rejectIf(
                        list(user).stream().filter(ApiTokenSummary::active).count() >= MAX_ACTIVE,
                        "name",
                        "identity.token.tooMany",
                        MAX_ACTIVE)
                .throwIfAny();
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into identity_api_token (account_id, name, token_hash, created_at) values (?, ?, ?, ?)")
                .params(user.accountId(), label, hash(secret), Timestamp.from(Instant.now()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record(
                "person",
                user.personId(),
                null,
                "identity.audit.tokenCreated",
                Changes.create().field("identity.audit.token", null, label));
        return new NewApiToken(id, label, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenSummary> list(CurrentUser user) {
        return jdbc.sql("select id, name, created_at, last_used_at, revoked_at from identity_api_token"
                        + " where account_id = ? order by created_at desc, id desc")
                .param(user.accountId())
                .query((rs, n) -> new ApiTokenSummary(
                        rs.getLong("id"),
                        rs.getString("name"),
                        instant(rs.getTimestamp("created_at")),
                        instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at"))))
                .list();
    }

    /** Revokes one of the user's own tokens; someone else's token is "not found". */
    @Transactional
    public void revoke(CurrentUser user, long tokenId) {
        int updated = jdbc.sql("update identity_api_token set revoked_at = ?"
                        + " where id = ? and account_id = ? and revoked_at is null")
                .params(Timestamp.from(Instant.now()), tokenId, user.accountId())
                .update();
        if (updated == 0) {
            throw new NotFoundException("Active API token");
        }
        audit.record(
                "person",
                user.personId(),
                null,
                "identity.audit.tokenRevoked",
                Changes.create().field("identity.audit.token", tokenId, null));
    }

    /**
     * The principal a token stands for, when the token exists and is not revoked. The account and person are read
     * afresh for every request, so a changed administrator right counts at once.
     */
    @Transactional
    Optional<CairnPrincipal> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String digest = hash(secret);
        Optional<Long> accountId = jdbc.sql(
                        "select account_id from identity_api_token where token_hash = ? and revoked_at is null")
                .param(digest)
                .query(Long.class)
                .optional();
        accountId.ifPresent(id -> jdbc.sql("update identity_api_token set last_used_at = ? where token_hash = ?")
                .params(Timestamp.from(Instant.now()), digest)
                .update());
        return accountId.flatMap(accounts::principal);
    }

    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
