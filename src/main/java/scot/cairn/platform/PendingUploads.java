package scot.cairn.platform;

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
 * Uploaded files waiting for confirmation (measurements, tasks...), kept as CSV text in their import's columns. An
 * upload is of one {@code kind}, belongs to the person who made it, in one partnership; no one else can confirm it. An
 * upload nobody confirms within {@link #KEPT_FOR} can no longer be confirmed, and a scheduled job, run by one node at a
 * time, deletes it. Uploads live in the database, so the preview may come from one node and the confirmation go to
 * another.
 */
@Component
public class PendingUploads {

    /** A stored upload. */
    public record Upload(String fileName, String rowsCsv) {}

    /** How long an upload waits for confirmation. */
    public static final Duration KEPT_FOR = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingUploads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Keeps an upload; returns the id that finds it again. */
    public String save(String kind, long partnershipId, long personId, String fileName, String rowsCsv, Instant now) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into platform_upload (id, kind, partnership_id, person_id, file_name, rows_csv, created_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, kind, partnershipId, personId, fileName, rowsCsv, Timestamp.from(now))
                .update();
        return id;
    }

    /** The upload of this kind, partnership and person, while it may still be confirmed. */
    public Optional<Upload> find(String kind, String id, long partnershipId, long personId) {
        return jdbc.sql("select file_name, rows_csv from platform_upload"
                        + " where id = ? and kind = ? and partnership_id = ? and person_id = ? and created_at >= ?")
                .params(id, kind, partnershipId, personId, oldestKept())
                .query((rs, n) -> new Upload(rs.getString("file_name"), rs.getString("rows_csv")))
                .optional();
    }

    public void delete(String id) {
        jdbc.sql("delete from platform_upload where id = ?").param(id).update();
    }

    /** Deletes the uploads nobody confirmed in time, every hour, on one node at a time. */
    @Scheduled(fixedDelayString = "${cairn.uploads.clean-up}", initialDelayString = "${cairn.uploads.clean-up}")
    @SchedulerLock(name = "upload-clean-up", lockAtMostFor = "PT10M")
    public void removeExpired() {
        jdbc.sql("delete from platform_upload where created_at < ?")
                .param(oldestKept())
                .update();
    }

    /** A file's name as kept: stripped, without NUL (which PostgreSQL cannot store), "upload" when there is none. */
    public static String fileName(String name) {
        return name == null || name.isBlank()
                ? "upload"
                : name.replace("\u0000", "").strip();
    }

    private Timestamp oldestKept() {
        return Timestamp.from(clock.instant().minus(KEPT_FOR));
    }
}
