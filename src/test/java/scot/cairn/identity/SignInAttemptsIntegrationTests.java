package scot.cairn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import scot.cairn.support.CairnTest;
import scot.cairn.support.Unique;

/** The lock-out rules on the real database, with a clock the test moves. */
@CairnTest
class SignInAttemptsIntegrationTests {

    static final Duration MINUTE = Duration.ofMinutes(1);

    @Autowired
    JdbcClient jdbc;

    MovableClock clock;
    SignInAttempts attempts;
    String email;

    @BeforeEach
    void setUp() {
        // In the past, so that clean-ups this test sets off only ever delete rows that are long dead.
        clock = new MovableClock(Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS));
        attempts = new SignInAttempts(jdbc, clock);
        email = "attempts." + Unique.suffix() + "@test.example";
    }

    @Test
    void fourWrongPasswordsDoNotLockAndTheFifthLocksForFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            assertThat(attempts.recordFailure(email)).isFalse();
            clock.move(MINUTE);
        }
        assertThat(attempts.isLocked(email)).isFalse();

        assertThat(attempts.recordFailure(email)).isTrue();

        Instant lockedAt = clock.instant();
        assertThat(attempts.lockedUntil(email)).contains(lockedAt.plus(Duration.ofMinutes(15)));
        clock.move(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(attempts.isLocked(email)).isTrue();
        clock.move(Duration.ofSeconds(1));
        assertThat(attempts.isLocked(email)).isFalse();
    }

    @Test
    void wrongPasswordsAreForgottenFifteenMinutesAfterTheLastOne() {
        for (int i = 0; i < 4; i++) {
            attempts.recordFailure(email);
        }
        clock.move(Duration.ofMinutes(15));
        assertThat(attempts.recordFailure(email)).isFalse();

        for (int i = 0; i < 3; i++) {
            clock.move(Duration.ofMinutes(14));
            assertThat(attempts.recordFailure(email)).isFalse();
        }
        clock.move(Duration.ofMinutes(14));
        assertThat(attempts.recordFailure(email))
                .as("fifth within 15 minutes of the one before")
                .isTrue();
    }

    @Test
    void afterALockEndsTheCountStartsFromNothing() {
        lock(email);
        clock.move(Duration.ofMinutes(15));

        for (int i = 0; i < 4; i++) {
            assertThat(attempts.recordFailure(email)).isFalse();
        }
        assertThat(attempts.recordFailure(email)).isTrue();
    }

    @Test
    void aRightPasswordClearsTheCountButNeverALock() {
        for (int i = 0; i < 4; i++) {
            attempts.recordFailure(email);
        }
        assertThat(attempts.recordSuccess(email)).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThat(attempts.recordFailure(email)).isFalse();
        }

        attempts.recordFailure(email);
        assertThat(attempts.recordSuccess(email)).isFalse();
        assertThat(attempts.isLocked(email)).isTrue();
    }

    @Test
    void unlockLiftsTheLockAndSaysWhetherThereWasOne() {
        assertThat(attempts.unlock(email)).isFalse();
        lock(email);

        assertThat(attempts.unlock(email)).isTrue();

        assertThat(attempts.isLocked(email)).isFalse();
        assertThat(attempts.recordFailure(email)).isFalse();
    }

    @Test
    void theSameAddressInAnotherCaseOrWithSpacesIsTheSameAddress() {
        for (int i = 0; i < 4; i++) {
            attempts.recordFailure(email);
        }
        attempts.recordFailure("  " + email.toUpperCase() + " ");

        assertThat(attempts.isLocked(email)).isTrue();
        assertThat(attempts.lockedUntil(List.of(email, "other@test.example"))).containsOnlyKeys(email);
    }

    @Test
    void onlyAHashOfTheAddressIsStoredAndExpiredRowsAreDeleted() {
        var tried = IntStream.range(0, 20)
                .mapToObj(i -> "spray." + i + "." + Unique.suffix() + "@test.example")
                .toList();
        tried.forEach(attempts::recordFailure);
        assertThat(rowsFor(tried)).isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from identity_sign_in_attempt where email_hash like '%@%'")
                        .query(Integer.class)
                        .single())
                .isZero();

        clock.move(Duration.ofMinutes(16));
        attempts.recordFailure(email);

        assertThat(rowsFor(tried)).isZero();
    }

    @Test
    void fortyWrongPasswordsAtOnceAreAllCounted() throws Exception {
        var pool = Executors.newFixedThreadPool(40);
        try {
            List<Callable<Boolean>> guesses = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                guesses.add(() -> attempts.recordFailure(email));
            }
            for (Future<Boolean> guess : pool.invokeAll(guesses)) {
                guess.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.sql("select failures from identity_sign_in_attempt where email_hash = ?")
                        .param(SignInAttempts.hash(email))
                        .query(Integer.class)
                        .single())
                .isEqualTo(40);
        assertThat(attempts.isLocked(email)).isTrue();
    }

    private void lock(String address) {
        for (int i = 0; i < SignInAttempts.MAX_FAILURES; i++) {
            attempts.recordFailure(address);
        }
        assertThat(attempts.isLocked(address)).isTrue();
    }

    private int rowsFor(List<String> emails) {
        return emails.stream()
                .mapToInt(e -> jdbc.sql("select count(*) from identity_sign_in_attempt where email_hash = ?")
                        .param(SignInAttempts.hash(e))
                        .query(Integer.class)
                        .single())
                .sum();
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
