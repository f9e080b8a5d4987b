package scot.cairn.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords, counted per email address tried, whether or not the address has an account: {@value
 * #MAX_FAILURES} in a row, each within {@link #WINDOW} of the last, lock sign-in with that address for {@link #WINDOW}.
 * An address without an account locks exactly like one with an account, so the lock-out never tells anyone which
 * addresses exist.
 *
 * <p>Each count is changed by one SQL statement, so parallel guesses are all counted. Only a SHA-256 of the
 * normalised address is stored, and a row is deleted once it expires (its lock has ended, or {@link #WINDOW} has
 * passed since its last failure), so the table holds no more than the last {@link #WINDOW}'s failures, however many
 * addresses are tried. The statements run outside any transaction, each on its own, so no row stays locked while a
 * password is hashed.
 */
@Component
class SignInAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration CLEAN_UP_EVERY = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleanUp = new AtomicReference<>(Instant.MIN);

    SignInAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isLocked(String email) {
        return lockedUntil(email).isPresent();
    }

    /** When the lock on this address ends, if it is locked now. */
    Optional<Instant> lockedUntil(String email) {
        return jdbc.sql("select locked_until from identity_sign_in_attempt where email_hash = ? and locked_until > ?")
                .params(hash(email), now())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /** The addresses among these that are locked now, with when each lock ends. */
    Map<String, Instant> lockedUntil(Collection<String> emails) {
        Map<String, String> byHash = emails.stream()
                .distinct()
                .collect(Collectors.toMap(SignInAttempts::hash, Function.identity(), (a, b) -> a));
        // Locks in force are few (they last 15 minutes), so reading them all beats one query per address.
        return jdbc
                .sql("select email_hash, locked_until from identity_sign_in_attempt where locked_until > ?")
                .param(now())
                .query((rs, n) -> Map.entry(
                        rs.getString("email_hash"),
                        rs.getTimestamp("locked_until").toInstant()))
                .list()
                .stream()
                .filter(lock -> byHash.containsKey(lock.getKey()))
                .collect(Collectors.toMap(lock -> byHash.get(lock.getKey()), Map.Entry::getValue));
    }

    /**
     * Counts one wrong password for this address.
     *
     * @return whether the address is locked now
     */
    boolean recordFailure(String email) {
        String key = hash(email);
        Timestamp now = now();
        Timestamp until = Timestamp.from(now.toInstant().plus(WINDOW));
        jdbc.sql("delete from identity_sign_in_attempt where email_hash = ? and expires_at <= ?")
                .params(key, now)
                .update();
        jdbc.sql("insert into identity_sign_in_attempt (email_hash, failures, expires_at) values (?, 0, ?)"
                        + " on conflict do nothing")
                .params(key, until)
                .update();
        // One statement reads and writes the count, so no failure is lost to another counted at the same moment.
        // In an update every column on the right is the row's old value.
        jdbc.sql("update identity_sign_in_attempt set failures = failures + 1,"
                        + " locked_until = case when locked_until is null and failures + 1 >= ? then ?"
                        + " else locked_until end,"
                        + " expires_at = case when locked_until is null then ? else expires_at end"
                        + " where email_hash = ?")
                .params(MAX_FAILURES, until, until, key)
                .update();
        cleanUpNowAndThen(now);
        return isLocked(email);
    }

    /**
     * Forgets the wrong passwords for this address after a right one, unless it has been locked meanwhile.
     *
     * @return false when the address is locked, and so the sign-in must be refused after all
     */
    boolean recordSuccess(String email) {
        jdbc.sql(
                        "delete from identity_sign_in_attempt where email_hash = ? and (locked_until is null or locked_until <= ?)")
                .params(hash(email), now())
                .update();
        return !isLocked(email);
    }

    /**
     * Lifts the lock on this address at once.
     *
     * @return whether it was locked
     */
    boolean unlock(String email) {
        boolean locked = isLocked(email);
        jdbc.sql("delete from identity_sign_in_attempt where email_hash = ?")
                .param(hash(email))
                .update();
        return locked;
    }

    /** Deletes rows that no longer count, at most once a minute on each node, so the table stays small. */
    private void cleanUpNowAndThen(Timestamp now) {
        Instant last = lastCleanUp.get();
        if (now.toInstant().isBefore(last.plus(CLEAN_UP_EVERY)) || !lastCleanUp.compareAndSet(last, now.toInstant())) {
            return;
        }
        jdbc.sql("delete from identity_sign_in_attempt where expires_at <= ?")
                .param(now)
                .update();
    }

    /** The same address in any case, with or without spaces around it, is the same key. */
    static String hash(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return ApiTokenService.hash(normalised);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
