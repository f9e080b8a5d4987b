package scot.cairn.risk;

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
 * Reviews due (open items the person owns whose next review is today or past) and actions due (the person's actions
 * of open items, not done, due today or past). Two queries.
 */
@Component
class RiskWork implements WaitingWork {

    private final JdbcClient jdbc;

    RiskWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Waiting> waitingIn(Desk desk) {
        if (desk.isEmpty()) {
            return List.of();
        }
        var found = new ArrayList<Waiting>();
        jdbc.sql("""
                        select id, partnership_id, number, title, next_review from risk_risk
                         where owner_id = :me and status = 'OPEN' and next_review <= :today
                           and partnership_id = any(:ids)
                        """)
                .param("me", desk.personId())
                .param("today", Date.valueOf(desk.today()))
                .param("ids", desk.idArray())
                .query(rs -> {
                    long partnershipId = rs.getLong("partnership_id");
                    found.add(new Waiting(
                            WorkKind.REVIEW_RISK,
                            partnershipId,
                            Message.of("risk.todo.review", "R-" + rs.getLong("number"), rs.getString("title")),
                            "/partnerships/" + partnershipId + "/risks/" + rs.getLong("id"),
                            rs.getDate("next_review").toLocalDate(),
                            Turn.YOURS));
                });
        jdbc.sql("""
                        select r.id, r.partnership_id, r.number, a.description, a.due from risk_action a
                          join risk_risk r on r.id = a.risk_id
                         where a.owner_id = :me and a.done_on is null and a.due <= :today and r.status = 'OPEN'
                           and r.partnership_id = any(:ids)
                        """)
                .param("me", desk.personId())
                .param("today", Date.valueOf(desk.today()))
                .param("ids", desk.idArray())
                .query(rs -> {
                    long partnershipId = rs.getLong("partnership_id");
                    found.add(new Waiting(
                            WorkKind.RISK_ACTION,
                            partnershipId,
                            Message.of("risk.todo.action", "R-" + rs.getLong("number"), rs.getString("description")),
                            "/partnerships/" + partnershipId + "/risks/" + rs.getLong("id"),
                            rs.getDate("due").toLocalDate(),
                            Turn.YOURS));
                });
        return found;
    }
}
