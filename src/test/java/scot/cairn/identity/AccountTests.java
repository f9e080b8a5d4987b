package scot.cairn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTests {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00.123456789Z");

    @Test
    void aNewAccountAdmitsEverySessionAndKeepsItsAdministratorRight() {
        var account = Account.open(7L, "hash", true);
        assertThat(account.admitsSessionFrom(Instant.EPOCH)).isTrue();
        assertThat(account.administrator()).isTrue();
        account.grantAdministrator(false);
        assertThat(account.administrator()).isFalse();
    }

    @Test
    void changingThePasswordEndsSessionsSignedInBeforeButNotAfter() {
        var account = Account.open(7L, "old hash", false);

        account.changePassword("new hash", NOW);

        assertThat(account.passwordHash()).isEqualTo("new hash");
        assertThat(account.admitsSessionFrom(NOW.minusSeconds(1))).isFalse();
        assertThat(account.admitsSessionFrom(NOW.minusNanos(1000))).isFalse();
        assertThat(account.admitsSessionFrom(NOW)).isTrue();
        assertThat(account.admitsSessionFrom(NOW.plusSeconds(1))).isTrue();
    }

    @Test
    void theInstantIsKeptToTheMicrosecondAsTheDatabasesStoreIt() {
        var account = Account.open(7L, "old hash", false);
        account.changePassword("new hash", NOW);
        assertThat(account.sessionsValidFrom()).isEqualTo(Instant.parse("2027-03-01T09:00:00.123456Z"));
    }
}
