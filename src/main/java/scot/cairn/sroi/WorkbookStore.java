package scot.cairn.sroi;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Uploaded impact-map workbooks waiting for confirmation, kept as the bytes uploaded in the database, so a preview
 * survives a restart and may be confirmed on another node. An upload belongs to the person who made it, for one
 * analysis; no one else can see or confirm it. An upload nobody confirms within {@link #KEPT_FOR} can no longer be
 * confirmed, and a scheduled job, run by one node at a time, deletes it.
 */
@Component
class WorkbookStore {

    /** A stored upload with the analysis version it was checked against. */
    record Upload(String fileName, int analysisVersion, byte[] content) {}

    /** How long an upload waits for confirmation. */
    static final Duration KEPT_FOR = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    WorkbookStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String save(
            long partnershipId,
            long analysisId,
            long personId,
            int version,
            String fileName,
            byte[] content,
            Instant now) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into sroi_workbook_import (id, partnership_id, analysis_id, person_id, analysis_version,"
                        + " file_name, content, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, partnershipId, analysisId, personId, version, fileName, content, Timestamp.from(now))
                .update();
        return id;
    }

    /** The upload, while it may still be confirmed. */
    Optional<Upload> find(String id, long partnershipId, long analysisId, long personId) {
        return jdbc.sql("select file_name, analysis_version, content from sroi_workbook_import"
                        + " where id = ? and partnership_id = ? and analysis_id = ? and person_id = ?"
                        + " and created_at >= ?")
                .params(id, partnershipId, analysisId, personId, oldestKept())
                .query((rs, n) ->
                        new Upload(rs.getString("file_name"), rs.getInt("analysis_version"), rs.getBytes("content")))
                .optional();
    }

    void delete(String id) {
        jdbc.sql("delete from sroi_workbook_import where id = ?").param(id).update();
    }

    /** Deletes the uploads nobody confirmed in time, every hour, on one node at a time. */
    @Scheduled(fixedDelayString = "${cairn.uploads.clean-up}", initialDelayString = "${cairn.uploads.clean-up}")
    @SchedulerLock(name = "sroi-workbook-clean-up", lockAtMostFor = "PT10M")
    public void removeExpired() {
        jdbc.sql("delete from sroi_workbook_import where created_at < ?")
                .param(oldestKept())
                .update();
    }

    private Timestamp oldestKept() {
        return Timestamp.from(clock.instant().minus(KEPT_FOR));
    }
}
