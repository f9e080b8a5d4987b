package scot.cairn.outcome;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Desk;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.JointApproval;
import scot.cairn.partnership.Turn;
import scot.cairn.partnership.Waiting;
import scot.cairn.partnership.WaitingWork;
import scot.cairn.partnership.WorkKind;
import scot.cairn.platform.Message;

/**
 * What waits in the outcome evidence: periods that have ended and hold measurements but were not submitted (on the
 * people who edit evidence), and submitted periods the board has not approved jointly. One query. A period is due for
 * submission {@link #SUBMIT_DAYS} days after it ends and for approval {@link #APPROVE_DAYS} days after it ends. Periods
 * waiting for submission come from {@code outcome_period_unsubmitted}, kept by {@link MeasurementTable}.
 */
@Component
class OutcomeWork implements WaitingWork {

    /** Days after a period ends by which its values should be submitted. */
    static final int SUBMIT_DAYS = 30;

    /** Days after a period ends by which the board should have approved its values. */
    static final int APPROVE_DAYS = 60;

    private static final String SQL = """
            select 'SUBMIT' as source, u.partnership_id, u.period, 0 as mine, 0 as pub, 0 as third
              from outcome_period_unsubmitted u
             where u.partnership_id = any(:ids)
               and not exists (select 1 from outcome_period_signoff s
                                where s.partnership_id = u.partnership_id and s.period = u.period)
            union all
            select 'APPROVE', s.partnership_id, s.period,
                   max(case when a.person_id = :me then 1 else 0 end),
                   max(case when a.sector = 'PUBLIC' then 1 else 0 end),
                   max(case when a.sector = 'THIRD' then 1 else 0 end)
              from outcome_period_signoff s
              left join outcome_period_approval a on a.signoff_id = s.id
             where s.partnership_id = any(:ids) and s.approved_at is null
             group by s.id, s.partnership_id, s.period
            """;

    private final JdbcClient jdbc;

    OutcomeWork(JdbcClient jdbc) {
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
            var period = Period.parse(rs.getString("period")).orElse(null);
            if (period == null || !period.end().isBefore(desk.today())) {
                return;
            }
            var item = "SUBMIT".equals(rs.getString("source")) ? submit(place, period) : approve(place, period, rs);
            if (item != null) {
                found.add(item);
            }
        });
        return found;
    }

    private static Waiting submit(Desk.Place place, Period period) {
        if (!place.mayEdit(Editors.EVIDENCE)) {
            return null;
        }
        return new Waiting(
                WorkKind.SUBMIT_PERIOD,
                place.partnershipId(),
                Message.of("outcome.todo.submit", period.toString()),
                href(place, period),
                period.end().plusDays(SUBMIT_DAYS),
                Turn.YOURS);
    }

    private static Waiting approve(Desk.Place place, Period period, ResultSet rs) throws SQLException {
        var joint = new JointApproval(rs.getInt("pub") == 1, rs.getInt("third") == 1, rs.getInt("mine"));
        var turn = place.turn(joint, rs.getInt("mine") == 1);
        if (turn == Turn.NONE) {
            return null;
        }
        var what = turn == Turn.YOURS
                ? Message.of("outcome.todo.approve", period.toString())
                : Message.of("outcome.todo.approve.others", period.toString(), joint.needed());
        return new Waiting(
                WorkKind.APPROVE_PERIOD,
                place.partnershipId(),
                what,
                href(place, period),
                period.end().plusDays(APPROVE_DAYS),
                turn);
    }

    private static String href(Desk.Place place, Period period) {
        return "/partnerships/" + place.partnershipId() + "/outcomes/measurements?period=" + period;
    }
}
