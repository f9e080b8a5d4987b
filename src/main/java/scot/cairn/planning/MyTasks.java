package scot.cairn.planning;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Desk;
import scot.cairn.partnership.OwnWork;
import scot.cairn.partnership.Turn;
import scot.cairn.partnership.Waiting;
import scot.cairn.partnership.WorkKind;
import scot.cairn.platform.Message;

/**
 * "My tasks" on the home page: every task the person owns that is not done, in every partnership they take part in,
 * whatever its date, soonest due first: the first few, and how many there are in all.
 */
@Component
class MyTasks implements OwnWork {

    private final JdbcClient jdbc;

    MyTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String headingKey() {
        return "planning.mine.heading";
    }

    @Override
    public String noneKey() {
        return "planning.mine.none";
    }

    @Override
    public int countIn(Desk desk) {
        return jdbc.sql("""
                        select count(*) from planning_task
                         where owner_id = :me and status <> 'DONE' and partnership_id = any(:ids)
                        """)
                .param("me", desk.personId())
                .param("ids", desk.idArray())
                .query(Integer.class)
                .single();
    }

    @Override
    public List<Waiting> ownedIn(Desk desk, int limit) {
        var found = new ArrayList<Waiting>();
        jdbc.sql("""
                        select partnership_id, id, number, title, due, status, percent from planning_task
                         where owner_id = :me and status <> 'DONE' and partnership_id = any(:ids)
                         order by due, id fetch first :limit rows only
                        """)
                .param("me", desk.personId())
                .param("ids", desk.idArray())
                .param("limit", limit)
                .query(rs -> {
                    long partnershipId = rs.getLong("partnership_id");
                    found.add(new Waiting(
                            WorkKind.PLAN_TASK,
                            partnershipId,
                            Message.of(
                                    "planning.mine.task",
                                    "T-" + rs.getLong("number"),
                                    rs.getString("title"),
                                    Message.of(TaskStatus.valueOf(rs.getString("status"))
                                            .labelKey()),
                                    rs.getInt("percent")),
                            "/partnerships/" + partnershipId + "/plan/tasks/" + rs.getLong("id"),
                            rs.getDate("due").toLocalDate(),
                            Turn.YOURS));
                });
        return found;
    }
}
