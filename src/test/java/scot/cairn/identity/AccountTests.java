package scot.cairn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTests {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void fourWrongPasswordsDoNotLockButTheFifthLocksForFifteenMinutes() {
        var account = Account.open(1L, "hash", false);
        for (int i = 0; i < 4; i++) {
            account.recordFailure(NOW);
        }
        assertThat(account.isLocked(NOW)).isFalse();

        account.recordFailure(NOW);

        assertThat(account.isLocked(NOW)).isTrue();
        assertThat(account.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)))
                .isTrue();
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        var account = Account.open(1L, "hash", false);
        for (int i = 0; i < 4; i++) {
            account.recordFailure(NOW);
        }
        account.recordSuccess();
        for (int i = 0; i < 4; i++) {
            account.recordFailure(NOW);
        }
        assertThat(account.isLocked(NOW)).isFalse();
    }

    @Test
    void afterALockRunsOutTheCountStartsFromNothing() {
        var account = Account.open(1L, "hash", false);
        for (int i = 0; i < 5; i++) {
            account.recordFailure(NOW);
        }
        var later = NOW.plus(Duration.ofHours(1));
        account.recordFailure(later);
        assertThat(account.isLocked(later)).isFalse();
    }

    @Test
    void anAdministratorCanUnlockAtOnce() {
        var account = Account.open(1L, "hash", false);
        for (int i = 0; i < 5; i++) {
            account.recordFailure(NOW);
        }
        account.unlock();
        assertThat(account.isLocked(NOW)).isFalse();
        assertThat(account.lockedUntil()).isNull();
    }

    @Test
    void aNewAccountIsNotLockedAndKeepsItsAdministratorRight() {
        var account = Account.open(7L, "hash", true);
        assertThat(account.isLocked(NOW)).isFalse();
        assertThat(account.administrator()).isTrue();
        account.grantAdministrator(false);
        assertThat(account.administrator()).isFalse();
    }
}
