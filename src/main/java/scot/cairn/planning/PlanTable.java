package scot.cairn.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Stage;

/**
 * A whole plan's tasks in two queries (the tasks, then every dependency of them), rather than one query per task for
 * its dependencies as loading each aggregate would: a plan may hold 2,000 tasks. The tasks read are whole aggregates,
 * so one of them may be changed and saved.
 */
@Component
class PlanTable {

    private final JdbcClient jdbc;

    PlanTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every task of the partnership's plan, by number. */
    List<PlanTask> all(long partnershipId) {
        var dependencies = new HashMap<Long, Set<TaskDependency>>();
        jdbc.sql("""
                        select d.task_id, d.depends_on_id from planning_task_dependency d
                          join planning_task t on t.id = d.task_id
                         where t.partnership_id = ?
                        """).param(partnershipId).query(rs -> {
            dependencies.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(new TaskDependency(rs.getLong(2)));
        });
        var tasks = new ArrayList<PlanTask>();
        jdbc.sql("""
                        select id, version, number, title, workstream, stage, owner_id, start, due, status, percent,
                               blocked_reason, work_package_id, done_on
                          from planning_task where partnership_id = ? order by number
                        """).param(partnershipId).query(rs -> {
            long id = rs.getLong("id");
            String stage = rs.getString("stage");
            tasks.add(new PlanTask(
                    id,
                    rs.getInt("version"),
                    partnershipId,
                    rs.getLong("number"),
                    rs.getString("title"),
                    rs.getString("workstream"),
                    stage == null ? null : Stage.valueOf(stage),
                    rs.getLong("owner_id"),
                    rs.getDate("start").toLocalDate(),
                    rs.getDate("due").toLocalDate(),
                    TaskStatus.valueOf(rs.getString("status")),
                    rs.getInt("percent"),
                    rs.getString("blocked_reason"),
                    rs.getObject("work_package_id", Long.class),
                    rs.getObject("done_on", LocalDate.class),
                    dependencies.getOrDefault(id, Set.of())));
        });
        return tasks;
    }
}
