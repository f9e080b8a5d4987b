package scot.cairn.meeting;

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

/** The person's open meeting actions due within {@link #AHEAD_DAYS} days or past. One query. */
@Component
class ActionWork implements WaitingWork {

    static final int AHEAD_DAYS = 7;

    private final JdbcClient jdbc;

    ActionWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Waiting> waitingIn(Desk desk) {
        if (desk.isEmpty()) {
            return List.of();
        }
        var found = new ArrayList<Waiting>();
        jdbc.sql("""
                        select partnership_id, meeting_id, number, text, due from meeting_action
                         where owner_id = :me and done_on is null and due <= :until and partnership_id = any(:ids)
                        """)
                .param("me", desk.personId())
                .param("until", Date.valueOf(desk.today().plusDays(AHEAD_DAYS)))
                .param("ids", desk.idArray())
                .query(rs -> {
                    long partnershipId = rs.getLong("partnership_id");
                    found.add(new Waiting(
                            WorkKind.MEETING_ACTION,
                            partnershipId,
                            Message.of("meeting.todo.action", "A-" + rs.getLong("number"), rs.getString("text")),
                            "/partnerships/" + partnershipId + "/meetings/" + rs.getLong("meeting_id") + "#actions",
                            rs.getDate("due").toLocalDate(),
                            Turn.YOURS));
                });
        return found;
    }
}
