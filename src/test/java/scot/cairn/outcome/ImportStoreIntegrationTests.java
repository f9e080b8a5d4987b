package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class ImportStoreIntegrationTests {

    static final String CSV = "indicator,period,value\n";

    @Autowired
    ImportStore store;

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    DemoUsers users;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUploadNobodyConfirmedWithinADayCanNoLongerBeConfirmedAndTheScheduledCleanUpDeletesIt() {
        long id = fixtures.partnership();
        long fiona = users.current(DemoUsers.FIONA).personId();
        Instant now = clock.instant();
        String old = store.save(
                id, fiona, "old.csv", CSV, now.minus(ImportStore.KEPT_FOR).minusSeconds(60));
        String recent = store.save(id, fiona, "recent.csv", CSV, now.minusSeconds(3600));

        assertThat(store.find(old, id, fiona))
                .as("expired, though not yet deleted")
                .isEmpty();
        assertThat(stored(old)).isTrue();

        store.removeExpired();

        assertThat(stored(old)).isFalse();
        assertThat(store.find(recent, id, fiona)).isPresent();
    }

    private boolean stored(String upload) {
        return jdbc.sql("select count(*) from outcome_import where id = ?")
                        .param(upload)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
