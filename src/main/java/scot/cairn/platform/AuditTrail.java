package scot.cairn.platform;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only record of every change. Services call {@link #record} inside their own transaction, so a change
 * and its audit entry are saved together or not at all.
 */
@Service
public class AuditTrail {

    private static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    AuditTrail(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a change made by the signed-in user (or "system" when nobody is signed in, as at start-up). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectType, long subjectId, Long partnershipId, String action, Changes changes) {
        jdbc.sql("""
                        insert into platform_audit_event
                            (occurred_at, actor, subject_type, subject_id, partnership_id, action, changes)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        Timestamp.from(clock.instant()),
                        currentActor(),
                        subjectType,
                        subjectId,
                        partnershipId,
                        action,
                        changes.toString())
                .update();
    }

    /** Entries about one record, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> forSubject(String subjectType, long subjectId) {
        return jdbc.sql("select * from platform_audit_event where subject_type = ? and subject_id = ?"
                        + " order by occurred_at desc, id desc")
                .params(subjectType, subjectId)
                .query(AuditTrail::map)
                .list();
    }

    /** Entries about a partnership and everything in it, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> forPartnership(long partnershipId) {
        return jdbc.sql(
                        "select * from platform_audit_event where partnership_id = ? order by occurred_at desc, id desc")
                .param(partnershipId)
                .query(AuditTrail::map)
                .list();
    }

    private static AuditEvent map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String changes = rs.getString("changes");
        return new AuditEvent(
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("actor"),
                rs.getString("subject_type"),
                rs.getLong("subject_id"),
                rs.getObject("partnership_id", Long.class),
                rs.getString("action"),
                changes == null || changes.isBlank() ? List.of() : Arrays.asList(changes.split("\n")));
    }

    private static String currentActor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? SYSTEM : auth.getName();
    }
}
