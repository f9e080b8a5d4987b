package scot.cairn.engagement;

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

/** The enquiries assigned to the person and not answered yet, by the day they are due. One query. */
@Component
class EnquiryWork implements WaitingWork {

    private final JdbcClient jdbc;

    EnquiryWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Waiting> waitingIn(Desk desk) {
        if (desk.isEmpty()) {
            return List.of();
        }
        var found = new ArrayList<Waiting>();
        jdbc.sql("""
                        select id, partnership_id, number, due_on from engagement_enquiry
                         where assignee_id = :me and answered_at is null and partnership_id = any(:ids)
                        """).param("me", desk.personId()).param("ids", desk.idArray()).query(rs -> {
            long partnershipId = rs.getLong("partnership_id");
            found.add(new Waiting(
                    WorkKind.ENQUIRY,
                    partnershipId,
                    Message.of("engagement.todo.enquiry", "Q-" + rs.getLong("number")),
                    "/partnerships/" + partnershipId + "/enquiries/" + rs.getLong("id"),
                    rs.getDate("due_on").toLocalDate(),
                    Turn.YOURS));
        });
        return found;
    }
}
