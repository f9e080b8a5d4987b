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
 * of open items, not done, due today or past). One query.
 */
@Component
class RiskWork implements WaitingWork {

    private static final String SQL = """
            select 'REVIEW' as source, id, partnership_id, number, title as what, next_review as due from risk_risk
             where owner_id = :me and status = 'OPEN' and next_review <= :today and partnership_id = any(:ids)
            union all
            select 'ACTION', r.id, r.partnership_id, r.number, a.description, a.due from risk_action a
              join risk_risk r on r.id = a.risk_id
             where a.owner_id = :me and a.done_on is null and a.due <= :today and r.status = 'OPEN'
               and r.partnership_id = any(:ids)
            """;

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
        jdbc.sql(SQL)
                .param("me", desk.personId())
                .param("today", Date.valueOf(desk.today()))
                .param("ids", desk.idArray())
                .query(rs -> {
                    long partnershipId = rs.getLong("partnership_id");
                    boolean review = "REVIEW".equals(rs.getString("source"));
                    found.add(new Waiting(
                            review ? WorkKind.REVIEW_RISK : WorkKind.RISK_ACTION,
                            partnershipId,
                            Message.of(
                                    review ? "risk.todo.review" : "risk.todo.action",
                                    "R-" + rs.getLong("number"),
                                    rs.getString("what")),
                            "/partnerships/" + partnershipId + "/risks/" + rs.getLong("id"),
                            rs.getDate("due").toLocalDate(),
                            Turn.YOURS));
                });
        return found;
    }
}
