package scot.cairn.sroi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.outcome.Period;
import scot.cairn.partnership.Desk;
import scot.cairn.partnership.JointApproval;
import scot.cairn.partnership.Turn;
import scot.cairn.partnership.Waiting;
import scot.cairn.partnership.WaitingWork;
import scot.cairn.partnership.WorkKind;
import scot.cairn.platform.Message;

/**
 * What waits in SROI: draft analyses with calculated figures, for the board's joint approval (due by the end of the
 * current stage), and draft forecast-against-actual reviews, for the board's joint sign-off (due {@link #REVIEW_DAYS}
 * days after their quarter ends). One query.
 */
@Component
class SroiWork implements WaitingWork {

    /** Days after a quarter ends by which its review should be signed off. */
    static final int REVIEW_DAYS = 60;

    private static final String SQL = """
            select 'ANALYSIS' as source, a.partnership_id, a.id, a.title, cast(null as varchar(7)) as quarter,
                   case when exists (select 1 from sroi_approval x
                                      where x.analysis_id = a.id and x.person_id = :me) then 1 else 0 end as mine,
                   case when exists (select 1 from sroi_approval x
                                      where x.analysis_id = a.id and x.sector = 'PUBLIC') then 1 else 0 end as pub,
                   case when exists (select 1 from sroi_approval x
                                      where x.analysis_id = a.id and x.sector = 'THIRD') then 1 else 0 end as third
              from sroi_analysis a
             where a.partnership_id = any(:ids) and a.status = 'DRAFT' and a.ratio is not null
            union all
            select 'REVIEW', r.partnership_id, r.id, r.quarter, r.quarter,
                   case when exists (select 1 from sroi_review_signature x
                                      where x.review_id = r.id and x.person_id = :me) then 1 else 0 end,
                   case when exists (select 1 from sroi_review_signature x
                                      where x.review_id = r.id and x.sector = 'PUBLIC') then 1 else 0 end,
                   case when exists (select 1 from sroi_review_signature x
                                      where x.review_id = r.id and x.sector = 'THIRD') then 1 else 0 end
              from sroi_review r
             where r.partnership_id = any(:ids) and r.status = 'DRAFT'
            """;

    private final JdbcClient jdbc;

    SroiWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Waiting> waitingIn(Desk desk) {
        if (desk.isEmpty()) {
            return List.of();
        }
        var found = new ArrayList<Waiting>();
        jdbc.sql(SQL).param("me", desk.personId()).param("ids", desk.idArray()).query(rs -> {
            var place = desk.place(rs.getLong("partnership_id")).orElseThrow();
            var joint = new JointApproval(rs.getInt("pub") == 1, rs.getInt("third") == 1, rs.getInt("mine"));
            var turn = place.turn(joint, rs.getInt("mine") == 1);
            if (turn != Turn.NONE) {
                found.add(
                        "ANALYSIS".equals(rs.getString("source"))
                                ? analysis(place, rs, joint, turn)
                                : review(place, rs, joint, turn));
            }
        });
        return found;
    }

    private static Waiting analysis(Desk.Place place, ResultSet rs, JointApproval joint, Turn turn)
            throws SQLException {
        String title = rs.getString("title");
        var what = turn == Turn.YOURS
                ? Message.of("sroi.todo.analysis", title)
                : Message.of("sroi.todo.analysis.others", title, joint.needed());
        return new Waiting(
                WorkKind.APPROVE_ANALYSIS,
                place.partnershipId(),
                what,
                "/partnerships/" + place.partnershipId() + "/sroi/" + rs.getLong("id"),
                place.plannedEnd(),
                turn);
    }

    private static Waiting review(Desk.Place place, ResultSet rs, JointApproval joint, Turn turn) throws SQLException {
        String quarter = rs.getString("quarter");
        var what = turn == Turn.YOURS
                ? Message.of("sroi.todo.review", quarter)
                : Message.of("sroi.todo.review.others", quarter, joint.needed());
        var due = Period.parse(quarter).map(q -> q.end().plusDays(REVIEW_DAYS)).orElse(null);
        return new Waiting(
                WorkKind.SIGN_REVIEW,
                place.partnershipId(),
                what,
                "/partnerships/" + place.partnershipId() + "/sroi/reviews/" + rs.getLong("id"),
                due,
                turn);
    }
}
