package scot.cairn.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The papers table. A paper's bytes are read only to download it or to build the pack; lists read what describes
 * them. Papers are not part of the meeting's aggregate, so that saving a meeting never rewrites megabytes of files.
 */
@Component
class PaperStore {

    /** What describes a paper; {@code late} was decided when it was added. */
    record Paper(
            long id,
            int itemKey,
            String title,
            String fileName,
            scot.cairn.platform.FileType type,
            long size,
            String sha256,
            Instant addedAt,
            long addedBy,
            boolean late) {}

    private static final String COLUMNS =
            "id, item_key, title, file_name, content_type, size_bytes, sha256, added_at, added_by, late";

    private final JdbcClient jdbc;

    PaperStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The meeting's papers, item by item in the order they were added. */
    List<Paper> of(long meetingId) {
        return jdbc.sql("select " + COLUMNS + " from meeting_paper where meeting_id = ? order by item_key, id")
                .param(meetingId)
                .query(PaperStore::paper)
                .list();
    }

    /** How many papers the meeting has and their bytes together. */
    long[] countAndBytes(long meetingId) {
        return jdbc.sql("select count(*), coalesce(sum(size_bytes), 0) from meeting_paper where meeting_id = ?")
                .param(meetingId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
    }

    long add(
            long meetingId,
            int itemKey,
            String title,
            String fileName,
            scot.cairn.platform.FileType type,
            byte[] content,
            String sha,
            Instant at,
            long by,
            boolean late) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into meeting_paper (meeting_id, item_key, title, file_name, content_type, size_bytes, sha256,"
                        + " content, added_at, added_by, late) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        meetingId,
                        itemKey,
                        title,
                        fileName,
                        type.mediaType(),
                        (long) content.length,
                        sha,
                        content,
                        Timestamp.from(at),
                        by,
                        late)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<Paper> find(long meetingId, long paperId) {
        return jdbc.sql("select " + COLUMNS + " from meeting_paper where meeting_id = ? and id = ?")
                .params(meetingId, paperId)
                .query(PaperStore::paper)
                .optional();
    }

    /** The paper's bytes. */
    byte[] content(long paperId) {
        return jdbc.sql("select content from meeting_paper where id = ?")
                .param(paperId)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    void remove(long paperId) {
        jdbc.sql("delete from meeting_paper where id = ?").param(paperId).update();
    }

    /** Whether any paper sits under the item. */
    boolean anyUnder(long meetingId, int itemKey) {
        return jdbc.sql("select count(*) from meeting_paper where meeting_id = ? and item_key = ?")
                        .params(meetingId, itemKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Paper paper(ResultSet rs, int n) throws SQLException {
        return new Paper(
                rs.getLong("id"),
                rs.getInt("item_key"),
                rs.getString("title"),
                rs.getString("file_name"),
                scot.cairn.platform.FileType.fromMediaType(rs.getString("content_type")),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getTimestamp("added_at").toInstant(),
                rs.getLong("added_by"),
                rs.getBoolean("late"));
    }
}
