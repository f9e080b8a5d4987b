package scot.cairn.outcome;

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
 * Uploaded files waiting for confirmation, kept as CSV text in the standard columns. An upload belongs to the person
 * who made it, in one partnership; no one else can confirm it. An upload nobody confirms within {@link #KEPT_FOR} can
 * no longer be confirmed, and a scheduled job, run by one node at a time, deletes it. Uploads live in the database, so
 * the preview may come from one node and the confirmation go to another.
 */
@Component
class ImportStore {

    /** A stored upload. */
    record Upload(String fileName, String rowsCsv) {}

    /** How long an upload waits for confirmation. */
    static final Duration KEPT_FOR = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    ImportStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String save(long partnershipId, long personId, String fileName, String rowsCsv, Instant now) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into outcome_import (id, partnership_id, person_id, file_name, rows_csv, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(id, partnershipId, personId, fileName, rowsCsv, Timestamp.from(now))
                .update();
        return id;
    }

    /** The upload, while it may still be confirmed. */
    Optional<Upload> find(String id, long partnershipId, long personId) {
        return jdbc.sql("select file_name, rows_csv from outcome_import"
                        + " where id = ? and partnership_id = ? and person_id = ? and created_at >= ?")
                .params(id, partnershipId, personId, oldestKept())
                .query((rs, n) -> new Upload(rs.getString("file_name"), rs.getString("rows_csv")))
                .optional();
    }

    void delete(String id) {
        jdbc.sql("delete from outcome_import where id = ?").param(id).update();
    }

    /** Deletes the uploads nobody confirmed in time, every hour, on one node at a time. */
    @Scheduled(fixedDelayString = "${cairn.uploads.clean-up}", initialDelayString = "${cairn.uploads.clean-up}")
    @SchedulerLock(name = "outcome-import-clean-up", lockAtMostFor = "PT10M")
    public void removeExpired() {
        jdbc.sql("delete from outcome_import where created_at < ?")
                .param(oldestKept())
                .update();
    }

    private Timestamp oldestKept() {
        return Timestamp.from(clock.instant().minus(KEPT_FOR));
    }
}
