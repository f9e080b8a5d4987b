package scot.cairn.governance;

import java.sql.Date;
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
 * What waits in governance: the latest MoU version until every core partner signed it (on each Senior Sponsor whose
 * organisation has not signed), the latest PID and specification versions until the board approved them jointly,
 * and decisions proposed and not yet approved. One query. MoU and PID are due by the end of the stage they are
 * needed to leave, the specification by the end of the current stage; a decision by its decision date.
 */
@Component
class GovernanceWork implements WaitingWork {

    private static final String SQL = """
            select 'DOC' as source, v.partnership_id, v.id as ref, v.kind as sub, v.number, v.kind as title,
                   case when exists (select 1 from governance_document_signature s
                                      where s.document_version_id = v.id and s.person_id = :me) then 1 else 0 end as mine,
                   case when exists (select 1 from governance_document_signature s
                                      where s.document_version_id = v.id and s.sector = 'PUBLIC') then 1 else 0 end as pub,
                   case when exists (select 1 from governance_document_signature s
                                      where s.document_version_id = v.id and s.sector = 'THIRD') then 1 else 0 end as third,
                   case when exists (select 1 from governance_role_assignment r
                                      where r.partnership_id = v.partnership_id and r.person_id = :me
                                        and r.role = 'SENIOR_SPONSOR' and r.organisation_id is not null
                                        and not exists (select 1 from governance_document_signature s
                                                         where s.document_version_id = v.id
                                                           and s.organisation_id = r.organisation_id))
                        then 1 else 0 end as owed,
                   cast(null as date) as due
              from governance_document_version v
             where v.partnership_id = any(:ids) and v.signed_off_at is null
               and v.number = (select max(w.number) from governance_document_version w
                                where w.partnership_id = v.partnership_id and w.kind = v.kind)
            union all
            select 'DECISION', d.partnership_id, d.id, case when d.joint then 'JOINT' else 'ONE' end, d.number, d.title,
                   case when exists (select 1 from governance_decision_approval a
                                      where a.decision_id = d.id and a.person_id = :me) then 1 else 0 end,
                   case when exists (select 1 from governance_decision_approval a
                                      where a.decision_id = d.id and a.sector = 'PUBLIC') then 1 else 0 end,
                   case when exists (select 1 from governance_decision_approval a
                                      where a.decision_id = d.id and a.sector = 'THIRD') then 1 else 0 end,
                   0,
                   d.decision_date
              from governance_decision d
             where d.partnership_id = any(:ids) and d.status = 'DRAFT'
            """;

    private final JdbcClient jdbc;

    GovernanceWork(JdbcClient jdbc) {
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
            var item = "DOC".equals(rs.getString("source")) ? document(place, rs) : decision(place, rs);
            if (item != null && item.turn() != Turn.NONE) {
                found.add(item);
            }
        });
        return found;
    }

    private static Waiting document(Desk.Place place, ResultSet rs) throws SQLException {
        var kind = DocumentKind.valueOf(rs.getString("sub"));
        int number = rs.getInt("number");
        boolean mine = rs.getInt("mine") == 1;
        String href = "/partnerships/" + place.partnershipId() + "/governance/documents/" + kind.slug() + "/versions/"
                + number;
        if (kind == DocumentKind.MOU) {
            if (!place.mayEdit(Editors.SPONSORS)) {
                return null;
            }
            var turn = mine ? Turn.OTHERS : rs.getInt("owed") == 1 ? Turn.YOURS : Turn.NONE;
            var what = turn == Turn.YOURS
                    ? Message.of("governance.todo.mou", number)
                    : Message.of("governance.todo.mou.others", number);
            return new Waiting(WorkKind.SIGN_MOU, place.partnershipId(), what, href, place.plannedEnd(), turn);
        }
        var joint = joint(rs);
        var turn = place.turn(joint, mine);
        String todo = kind == DocumentKind.PID ? "governance.todo.pid" : "governance.todo.spec";
        var what = turn == Turn.YOURS ? Message.of(todo, number) : Message.of(todo + ".others", number, joint.needed());
        var work = kind == DocumentKind.PID ? WorkKind.APPROVE_PID : WorkKind.APPROVE_SPEC;
        return new Waiting(work, place.partnershipId(), what, href, place.plannedEnd(), turn);
    }

    private static Waiting decision(Desk.Place place, ResultSet rs) throws SQLException {
        boolean isJoint = "JOINT".equals(rs.getString("sub"));
        var joint = joint(rs);
        var turn = isJoint ? place.turn(joint, rs.getInt("mine") == 1) : place.turnAlone();
        Object number = "D-" + rs.getInt("number");
        var what = turn == Turn.YOURS
                ? Message.of("governance.todo.decision", number, rs.getString("title"))
                : Message.of("governance.todo.decision.others", number, rs.getString("title"), joint.needed());
        Date due = rs.getDate("due");
        return new Waiting(
                WorkKind.APPROVE_DECISION,
                place.partnershipId(),
                what,
                "/partnerships/" + place.partnershipId() + "/governance/decisions/" + rs.getLong("ref"),
                due == null ? null : due.toLocalDate(),
                turn);
    }

    private static JointApproval joint(ResultSet rs) throws SQLException {
        return new JointApproval(rs.getInt("pub") == 1, rs.getInt("third") == 1, rs.getInt("mine"));
    }
}
