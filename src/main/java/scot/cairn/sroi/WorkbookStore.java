package scot.cairn.sroi;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Uploaded impact-map workbooks waiting for confirmation, kept as the bytes uploaded (so a preview survives a restart).
 * An upload belongs to the person who made it, for one analysis; no one else can see or confirm it.
 */
@Component
class WorkbookStore {

    /** A stored upload with the analysis version it was checked against. */
    record Upload(String fileName, int analysisVersion, byte[] content) {}

    /** How long an upload waits for confirmation; older ones are removed when anyone next uploads. */
    static final java.time.Duration KEPT_FOR = java.time.Duration.ofHours(24);

    private final JdbcClient jdbc;

    WorkbookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String save(
            long partnershipId,
            long analysisId,
            long personId,
            int version,
            String fileName,
            byte[] content,
            Instant now) {
        jdbc.sql("delete from sroi_workbook_import where created_at < ?")
                .param(Timestamp.from(now.minus(KEPT_FOR)))
                .update();
        String id = UUID.randomUUID().toString();
        jdbc.sql("insert into sroi_workbook_import (id, partnership_id, analysis_id, person_id, analysis_version,"
                        + " file_name, content, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, partnershipId, analysisId, personId, version, fileName, content, Timestamp.from(now))
                .update();
        return id;
    }

    Optional<Upload> find(String id, long partnershipId, long analysisId, long personId) {
        return jdbc.sql("select file_name, analysis_version, content from sroi_workbook_import"
                        + " where id = ? and partnership_id = ? and analysis_id = ? and person_id = ?")
                .params(id, partnershipId, analysisId, personId)
                .query((rs, n) ->
                        new Upload(rs.getString("file_name"), rs.getInt("analysis_version"), rs.getBytes("content")))
                .optional();
    }

    void delete(String id) {
        jdbc.sql("delete from sroi_workbook_import where id = ?").param(id).update();
    }
}
