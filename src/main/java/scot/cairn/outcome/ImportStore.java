package scot.cairn.outcome;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uploaded files waiting for confirmation, kept as CSV text in the standard columns. An upload belongs to the person
 * who made it, in one partnership; no one else can confirm it. Uploads nobody confirms within a day are removed.
 */
@Component
class ImportStore {

    /** A stored upload. */
    record Upload(String fileName, String rowsCsv) {}

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How long an upload waits for confirmation; older ones are removed when anyone next uploads. */
    static final java.time.Duration KEPT_FOR = java.time.Duration.ofHours(24);

    String save(long partnershipId, long personId, String fileName, String rowsCsv, Instant now) {
        jdbc.sql("delete from outcome_import where created_at < ?")
                .param(Timestamp.from(now.minus(KEPT_FOR)))
                .update();
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into outcome_import (id, partnership_id, person_id, file_name, rows_csv, created_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(id, partnershipId, personId, fileName, rowsCsv, Timestamp.from(now))
                .update();
        return id;
    }

    Optional<Upload> find(String id, long partnershipId, long personId) {
        return jdbc.sql("select file_name, rows_csv from outcome_import"
                        + " where id = ? and partnership_id = ? and person_id = ?")
                .params(id, partnershipId, personId)
                .query((rs, n) -> new Upload(rs.getString("file_name"), rs.getString("rows_csv")))
                .optional();
    }

    void delete(String id) {
        jdbc.sql("delete from outcome_import where id = ?").param(id).update();
    }
}
