package scot.cairn.planning;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Desk;
import scot.cairn.partnership.Turn;
import scot.cairn.partnership.Waiting;
import scot.cairn.partnership.WaitingWork;
import scot.cairn.partnership.WorkKind;
import scot.cairn.platform.Message;

/**
 * The person's tasks not done and milestones not reached that are due within {@link #AHEAD_DAYS} days or past. One
 * query.
 */
@Component
class PlanWork implements WaitingWork {

    /** How far ahead a task or milestone comes onto its owner's list. */
    static final int AHEAD_DAYS = 7;

    private static final String SQL = """
            select 'TASK' as source, partnership_id, id, number, title, due from planning_task
             where owner_id = :me and status <> 'DONE' and due <= :until and partnership_id = any(:ids)
            union all
            select 'MILESTONE', partnership_id, id, 0, title, due from planning_milestone
             where owner_id = :me and reached_on is null and due <= :until and partnership_id = any(:ids)
            """;

    private final JdbcClient jdbc;

    PlanWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Waiting> waitingIn(Desk desk) {
        if (desk.isEmpty()) {
            return List.of();
        }
        var found = new ArrayList<Waiting>();
        jdbc.sql(SQL)
                .param("me", desk.personId())
                .param("until", Date.valueOf(desk.today().plusDays(AHEAD_DAYS)))
                .param("ids", desk.idArray())
                .query(rs -> {
                    long partnershipId = rs.getLong("partnership_id");
                    boolean task = "TASK".equals(rs.getString("source"));
                    found.add(new Waiting(
                            task ? WorkKind.PLAN_TASK : WorkKind.MILESTONE,
                            partnershipId,
                            task
                                    ? Message.of(
                                            "planning.todo.task", "T-" + rs.getLong("number"), rs.getString("title"))
                                    : Message.of("planning.todo.milestone", rs.getString("title")),
                            "/partnerships/" + partnershipId + "/plan" + (task ? "/tasks/" + rs.getLong("id") : ""),
                            rs.getDate("due").toLocalDate(),
                            Turn.YOURS));
                });
        return found;
    }
}
