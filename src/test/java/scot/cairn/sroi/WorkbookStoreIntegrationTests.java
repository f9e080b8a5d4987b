package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class WorkbookStoreIntegrationTests {

    @Autowired
    WorkbookStore store;

    @Autowired
    SroiFixture fixture;

    @Autowired
    DemoUsers users;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUploadNobodyConfirmedWithinADayCanNoLongerBeConfirmedAndTheScheduledCleanUpDeletesIt() {
        long id = fixture.partnership();
        long analysis = fixture.analysis(id, AnalysisType.FORECAST);
        long fiona = users.current(DemoUsers.FIONA).personId();
        Instant now = clock.instant();
        byte[] bytes = {1, 2, 3};
        String old = store.save(
                id,
                analysis,
                fiona,
                0,
                "old.xlsx",
                bytes,
                now.minus(WorkbookStore.KEPT_FOR).minusSeconds(60));
        String recent = store.save(id, analysis, fiona, 0, "recent.xlsx", bytes, now.minusSeconds(60));

        assertThat(store.find(old, id, analysis, fiona))
                .as("expired, though not yet deleted")
                .isEmpty();
        assertThat(stored(old)).isTrue();

        store.removeExpired();

        assertThat(stored(old)).isFalse();
        assertThat(store.find(recent, id, analysis, fiona)).isPresent();
    }

    private boolean stored(String upload) {
        return jdbc.sql("select count(*) from sroi_workbook_import where id = ?")
                        .param(upload)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
