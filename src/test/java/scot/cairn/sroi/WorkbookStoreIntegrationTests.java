package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    @Test
    void anUploadNobodyConfirmedWithinADayIsRemovedByTheNextUpload() {
        long id = fixture.partnership();
        long analysis = fixture.analysis(id, AnalysisType.FORECAST);
        long fiona = users.current(DemoUsers.FIONA).personId();
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        byte[] bytes = {1, 2, 3};
        String old = store.save(
                id,
                analysis,
                fiona,
                0,
                "old.xlsx",
                bytes,
                now.minus(WorkbookStore.KEPT_FOR).minusSeconds(1));
        String recent = store.save(id, analysis, fiona, 0, "recent.xlsx", bytes, now.minusSeconds(60));

        store.save(id, analysis, fiona, 0, "new.xlsx", bytes, now);

        assertThat(store.find(old, id, analysis, fiona)).isEmpty();
        assertThat(store.find(recent, id, analysis, fiona)).isPresent();
    }
}
