package scot.cairn.planning;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The plan's baselines: each written once with every task's and milestone's dates at that moment (in batches: a plan
 * may hold 2,000 tasks), then only its approval set, once. Read as the latest approved snapshot, for slippage.
 */
@Component
class BaselineTable {

    /** One baseline as listed, without its dates. */
    record Row(
            long id,
            long number,
            long proposedBy,
            Instant proposedAt,
            long decisionId,
            Instant approvedAt,
            int tasks,
            int milestones) {

        String reference() {
            return "B-" + number;
        }
    }

    /** The dates an approved baseline holds, by task id and by milestone id. */
    record Snapshot(Row row, Map<Long, LocalDate> taskDue, Map<Long, LocalDate> milestoneDue) {}

    private static final String SELECT = """
            select b.id, b.number, b.proposed_by, b.proposed_at, b.decision_id, b.approved_at,
                   (select count(*) from planning_baseline_task t where t.baseline_id = b.id) as tasks,
                   (select count(*) from planning_baseline_milestone m where m.baseline_id = b.id) as milestones
              from planning_baseline b
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    BaselineTable(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Writes a baseline of the tasks and milestones as they are; returns its id. */
    long write(
            long partnershipId,
            long number,
            long proposedBy,
            Instant at,
            long decisionId,
            List<PlanTask> tasks,
            List<Milestone> milestones) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into planning_baseline (partnership_id, number, proposed_by, proposed_at, decision_id)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(partnershipId, number, proposedBy, Timestamp.from(at), decisionId)
                .update(key, "id");
        long id = key.getKey().longValue();
        batch.batchUpdate(
                "insert into planning_baseline_task (baseline_id, task_id, start, due) values (?, ?, ?, ?)",
                tasks,
                500,
                (ps, t) -> {
                    ps.setLong(1, id);
                    ps.setLong(2, t.id());
                    ps.setDate(3, Date.valueOf(t.start()));
                    ps.setDate(4, Date.valueOf(t.due()));
                });
        batch.batchUpdate(
                "insert into planning_baseline_milestone (baseline_id, milestone_id, due) values (?, ?, ?)",
                milestones,
                500,
                (ps, m) -> {
                    ps.setLong(1, id);
                    ps.setLong(2, m.id());
                    ps.setDate(3, Date.valueOf(m.due()));
                });
        return id;
    }

    long nextNumber(long partnershipId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from planning_baseline where partnership_id = ?")
                .param(partnershipId)
                .query(Long.class)
                .single();
    }

    /** Every baseline of the plan, the latest first. */
    List<Row> all(long partnershipId) {
        return jdbc.sql(SELECT + " where b.partnership_id = ? order by b.number desc")
                .param(partnershipId)
                .query(BaselineTable::row)
                .list();
    }

    /** The latest baseline the board approved, with its dates; empty before the first approval. */
    Optional<Snapshot> approved(long partnershipId) {
        var latest = jdbc.sql(SELECT + """
                         where b.partnership_id = ? and b.approved_at is not null
                         order by b.number desc fetch first 1 rows only
                        """)
                .param(partnershipId)
                .query(BaselineTable::row)
                .optional();
        return latest.map(r -> {
            var tasks = new HashMap<Long, LocalDate>();
            jdbc.sql("select task_id, due from planning_baseline_task where baseline_id = ?")
                    .param(r.id())
                    .query(rs -> {
                        tasks.put(rs.getLong(1), rs.getDate(2).toLocalDate());
                    });
            var milestones = new HashMap<Long, LocalDate>();
            jdbc.sql("select milestone_id, due from planning_baseline_milestone where baseline_id = ?")
                    .param(r.id())
                    .query(rs -> {
                        milestones.put(rs.getLong(1), rs.getDate(2).toLocalDate());
                    });
            return new Snapshot(r, tasks, milestones);
        });
    }

    /** A task's or milestone's dates as a baseline holds them; {@code reference} is empty for a milestone. */
    record Dated(String reference, String title, LocalDate start, LocalDate due) {}

    /** The tasks of baseline {@code baselineId} by number, with the dates it holds. */
    List<Dated> tasks(long baselineId) {
        return jdbc.sql("""
                        select t.number, t.title, b.start, b.due from planning_baseline_task b
                          join planning_task t on t.id = b.task_id
                         where b.baseline_id = ? order by t.number
                        """)
                .param(baselineId)
                .query((rs, n) -> new Dated(
                        "T-" + rs.getLong(1),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate()))
                .list();
    }

    /** The milestones of baseline {@code baselineId} by the date it holds. */
    List<Dated> milestones(long baselineId) {
        return jdbc.sql("""
                        select m.title, b.due from planning_baseline_milestone b
                          join planning_milestone m on m.id = b.milestone_id
                         where b.baseline_id = ? order by b.due, m.id
                        """)
                .param(baselineId)
                .query((rs, n) ->
                        new Dated("", rs.getString(1), null, rs.getDate(2).toLocalDate()))
                .list();
    }

    /** Marks the baseline that decision {@code decisionId} approves as approved; empty when it is none or was already. */
    Optional<Row> approve(long decisionId, Instant at) {
        int changed = jdbc.sql(
                        "update planning_baseline set approved_at = ? where decision_id = ? and approved_at is null")
                .params(Timestamp.from(at), decisionId)
                .update();
        if (changed == 0) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " where b.decision_id = ?")
                .param(decisionId)
                .query(BaselineTable::row)
                .optional();
    }

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var approved = rs.getTimestamp("approved_at");
        return new Row(
                rs.getLong("id"),
                rs.getLong("number"),
                rs.getLong("proposed_by"),
                rs.getTimestamp("proposed_at").toInstant(),
                rs.getLong("decision_id"),
                approved == null ? null : approved.toInstant(),
                rs.getInt("tasks"),
                rs.getInt("milestones"));
    }
}
