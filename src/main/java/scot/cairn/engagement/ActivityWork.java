package scot.cairn.engagement;

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

/** The person's open communications activities due within {@link #AHEAD_DAYS} days or past. One query. */
@Component
class ActivityWork implements WaitingWork {

    static final int AHEAD_DAYS = 7;

    private final JdbcClient jdbc;

    ActivityWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Waiting> waitingIn(Desk desk) {
        if (desk.isEmpty()) {
            return List.of();
        }
        var found = new ArrayList<Waiting>();
        jdbc.sql("""
                        select id, partnership_id, number, title, due from engagement_activity
                         where owner_id = :me and status in ('PLANNED', 'IN_PROGRESS') and due <= :until
                           and partnership_id = any(:ids)
                        """)
                .param("me", desk.personId())
                .param("until", Date.valueOf(desk.today().plusDays(AHEAD_DAYS)))
                .param("ids", desk.idArray())
                .query(rs -> {
                    long partnershipId = rs.getLong("partnership_id");
                    found.add(new Waiting(
                            WorkKind.COMMS_ACTIVITY,
                            partnershipId,
                            Message.of("engagement.todo.activity", "C-" + rs.getLong("number"), rs.getString("title")),
                            "/partnerships/" + partnershipId + "/communications/activities/" + rs.getLong("id"),
                            rs.getDate("due").toLocalDate(),
                            Turn.YOURS));
                });
        return found;
    }
}
