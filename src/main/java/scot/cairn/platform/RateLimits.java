package scot.cairn.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts requests per key over a fixed window, in the database so that every node counts the same: for refusing a
 * flood from people who need no account (answers through a consultation link, a public enquiry form). Only a SHA-256
 * of the key is stored, and a row goes once its window has ended. Each count is one statement, so parallel requests
 * are all counted; counting runs in its own transaction, so a refused request still counts and a rolled-back one too.
 */
@Component
public class RateLimits {

    private static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleanUp = new AtomicReference<>(Instant.MIN);

    RateLimits(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts one request for {@code key}.
     *
     * @return true when this request is within {@code max} for the window that began with the key's first request
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean allow(String key, int max, Duration window) {
        String hash = sha256(key);
        Instant now = clock.instant();
        jdbc.sql("delete from platform_rate_limit where key_hash = ? and expires_at <= ?")
                .params(hash, Timestamp.from(now))
                .update();
        jdbc.sql("insert into platform_rate_limit (key_hash, hits, expires_at) values (?, 0, ?) on conflict do nothing")
                .params(hash, Timestamp.from(now.plus(window)))
                .update();
        jdbc.sql("update platform_rate_limit set hits = hits + 1 where key_hash = ?")
                .param(hash)
                .update();
        int hits = jdbc.sql("select hits from platform_rate_limit where key_hash = ?")
                .param(hash)
                .query(Integer.class)
                .single();
        cleanUpNowAndThen(now);
        return hits <= max;
    }

    private static String sha256(String key) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private void cleanUpNowAndThen(Instant now) {
        Instant last = lastCleanUp.get();
        if (now.isBefore(last.plus(CLEAN_UP_EVERY)) || !lastCleanUp.compareAndSet(last, now)) {
            return;
        }
        jdbc.sql("delete from platform_rate_limit where expires_at <= ?")
                .param(Timestamp.from(now))
                .update();
    }
}
