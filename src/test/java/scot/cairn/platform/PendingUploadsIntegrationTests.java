package scot.cairn.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class PendingUploadsIntegrationTests {

    static final String CSV = "indicator,period,value\n";

    @Autowired
    PendingUploads store;

    @Autowired
    scot.cairn.governance.GovernanceFixture fixtures;

    @Autowired
    DemoUsers users;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUploadNobodyConfirmedWithinADayCanNoLongerBeConfirmedAndTheScheduledCleanUpDeletesIt() {
        long id = fixtures.newPartnership();
        long fiona = users.current(DemoUsers.FIONA).personId();
        Instant now = clock.instant();
        String old = store.save(
                "test",
                id,
                fiona,
                "old.csv",
                CSV,
                now.minus(PendingUploads.KEPT_FOR).minusSeconds(60));
        String recent = store.save("test", id, fiona, "recent.csv", CSV, now.minusSeconds(3600));

        assertThat(store.find("test", old, id, fiona))
                .as("expired, though not yet deleted")
                .isEmpty();
        assertThat(stored(old)).isTrue();

        store.removeExpired();

        assertThat(stored(old)).isFalse();
        assertThat(store.find("test", recent, id, fiona)).isPresent();
        assertThat(store.find("other", recent, id, fiona))
                .as("an upload of another kind")
                .isEmpty();
    }

    private boolean stored(String upload) {
        return jdbc.sql("select count(*) from platform_upload where id = ?")
                        .param(upload)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
