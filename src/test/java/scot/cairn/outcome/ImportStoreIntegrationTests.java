package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class ImportStoreIntegrationTests {

    @Autowired
    ImportStore store;

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    DemoUsers users;

    @Test
    void anUploadNobodyConfirmedWithinADayIsRemovedByTheNextUpload() {
        long id = fixtures.partnership();
        long fiona = users.current(DemoUsers.FIONA).personId();
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        String old = store.save(
                id,
                fiona,
                "old.csv",
                "indicator,period,value\n",
                now.minus(ImportStore.KEPT_FOR).minusSeconds(1));
        String recent = store.save(id, fiona, "recent.csv", "indicator,period,value\n", now.minusSeconds(3600));

        store.save(id, fiona, "new.csv", "indicator,period,value\n", now);

        assertThat(store.find(old, id, fiona)).isEmpty();
        assertThat(store.find(recent, id, fiona)).isPresent();
    }
}
