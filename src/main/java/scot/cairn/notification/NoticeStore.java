package scot.cairn.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.platform.Message;

/** The notifications table: one row per notification given to one person. */
@Component
class NoticeStore {

    /** Arguments are stored as text, one after another, separated by a character no one types. */
    private static final String SEPARATOR = "\u001f";

    private static final String SELECT =
            "select id, partnership_id, kind, text_key, text_args, href, created_at, read_at from notification_notice";

    private final JdbcClient jdbc;

    NoticeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves the notification unless the person already has it (same dedupe key); its id when it is new. */
    Optional<Long> add(long personId, Notice notice, boolean digestDue, Instant now) {
        int existing = jdbc.sql("select count(*) from notification_notice where person_id = ? and dedupe_key = ?")
                .params(personId, notice.dedupeKey())
                .query(Integer.class)
                .single();
        if (existing > 0) {
            return Optional.empty();
        }
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into notification_notice (person_id, partnership_id, kind, text_key, text_args, href,"
                        + " dedupe_key, created_at, digest_due) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        personId,
                        notice.partnershipId(),
                        notice.kind().name(),
                        notice.textKey(),
                        String.join(SEPARATOR, notice.args()),
                        notice.href(),
                        notice.dedupeKey(),
                        Timestamp.from(now),
                        digestDue)
                .update(key, "id");
        trim(personId);
        return Optional.of(key.getKey().longValue());
    }

    /** Keeps a person's latest {@link NotificationLimits#INBOX} notifications; older ones go. */
    private void trim(long personId) {
        jdbc.sql("delete from notification_notice where person_id = ? and id <= (select id from notification_notice"
                        + " where person_id = ? order by id desc offset ? rows fetch next 1 rows only)")
                .params(personId, personId, NotificationLimits.INBOX)
                .update();
    }

    List<NoticeView> page(long personId, int limit, int offset) {
        return jdbc.sql(SELECT + " where person_id = ? order by id desc offset ? rows fetch next ? rows only")
                .params(personId, offset, limit)
                .query(NoticeStore::view)
                .list();
    }

    List<NoticeView> digest(long personId) {
        return jdbc.sql(SELECT + " where person_id = ? and digest_due = true and digested_at is null order by id")
                .param(personId)
                .query(NoticeStore::view)
                .list();
    }

    /** Marks the digest's notifications as sent; the number marked (0 when another run already sent them). */
    int digested(long personId, List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("update notification_notice set digested_at = :now where person_id = :person"
                        + " and digested_at is null and digest_due = true and id in (:ids)")
                .param("now", Timestamp.from(now))
                .param("person", personId)
                .param("ids", ids)
                .update();
    }

    List<Long> peopleWithDigest() {
        return jdbc.sql("select distinct person_id from notification_notice"
                        + " where digest_due = true and digested_at is null order by person_id")
                .query(Long.class)
                .list();
    }

    long count(long personId) {
        return jdbc.sql("select count(*) from notification_notice where person_id = ?")
                .param(personId)
                .query(Long.class)
                .single();
    }

    long unread(long personId) {
        return jdbc.sql("select count(*) from notification_notice where person_id = ? and read_at is null")
                .param(personId)
                .query(Long.class)
                .single();
    }

    /** Whether the person has this notification. */
    boolean markRead(long personId, long id, Instant now) {
        jdbc.sql("update notification_notice set read_at = ? where id = ? and person_id = ? and read_at is null")
                .params(Timestamp.from(now), id, personId)
                .update();
        return jdbc.sql("select count(*) from notification_notice where id = ? and person_id = ?")
                        .params(id, personId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    int markAllRead(long personId, Instant now) {
        return jdbc.sql("update notification_notice set read_at = ? where person_id = ? and read_at is null")
                .params(Timestamp.from(now), personId)
                .update();
    }

    /** Forgets what the person was told about a partnership they no longer belong to. */
    int forget(long personId, long partnershipId) {
        return jdbc.sql("delete from notification_notice where person_id = ? and partnership_id = ?")
                .params(personId, partnershipId)
                .update();
    }

    private static NoticeView view(ResultSet rs, int row) throws SQLException {
        String args = rs.getString("text_args");
        Object[] values = args.isEmpty()
                ? new Object[0]
                : Arrays.stream(args.split(SEPARATOR, -1)).toArray();
        return new NoticeView(
                rs.getLong("id"),
                rs.getLong("partnership_id"),
                NoticeKind.valueOf(rs.getString("kind")),
                Message.of(rs.getString("text_key"), values),
                rs.getString("href"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("read_at") != null);
    }
}
