package scot.cairn.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.Role;

/**
 * The governance of generated partnerships: a board with the commissioner's and the provider's contacts (and the
 * bench account, unless it only observes), the two Senior Sponsors and a Project Manager, and decision D-1 proposed
 * and waiting for the board's joint approval, numbered through the same sequence the decision log uses.
 */
@Component
class ScaleBoard {

    private final ScaleSql sql;
    private final Clock clock;

    ScaleBoard(JdbcTemplate jdbc, Clock clock) {
        this.sql = new ScaleSql(jdbc);
        this.clock = clock;
    }

    void write(List<ScaleRows.Made> made) {
        long since = sql.lastId("governance_group");
        var groups = new ScaleSql.Batch(
                "insert into governance_group (version, partnership_id, kind) values (0, ?, 'BOARD')");
        made.forEach(m -> groups.add(m.id()));
        sql.send(groups);
        var boards = sql.idsSince("governance_group", "partnership_id", "kind", since);
        var seats = new ScaleSql.Batch(
                "insert into governance_group_member (group_id, person_id, organisation_id) values (?, ?, ?)");
        for (var m : made) {
            long board = boards.get(ScaleSql.key(m.id(), "BOARD"));
            if (m.benchRole() != MemberRole.OBSERVER) {
                seats.add(board, m.cast().benchPerson(), m.cast().benchOrg());
            }
            seats.add(board, m.pair().publicContact(), m.pair().publicOrg());
            seats.add(board, m.pair().thirdContact(), m.pair().thirdOrg());
        }
        sql.send(seats);
        roles(made);
        decisions(made);
    }

    private void roles(List<ScaleRows.Made> made) {
        var roles = new ScaleSql.Batch("""
                insert into governance_role_assignment (version, partnership_id, role, person_id, organisation_id,
                    days_per_month, lead) values (0, ?, ?, ?, ?, ?, ?)""");
        var sponsor = new BigDecimal("0.10");
        for (var m : made) {
            var p = m.pair();
            roles.add(m.id(), Role.SENIOR_SPONSOR.name(), p.publicContact(), p.publicOrg(), sponsor, true);
            roles.add(m.id(), Role.SENIOR_SPONSOR.name(), p.thirdContact(), p.thirdOrg(), sponsor, false);
            roles.add(
                    m.id(), Role.PROJECT_MANAGER.name(), p.thirdContact(), p.thirdOrg(), new BigDecimal("0.20"), false);
        }
        sql.send(roles);
    }

    private void decisions(List<ScaleRows.Made> made) {
        var decisions = new ScaleSql.Batch("""
                insert into governance_decision (version, partnership_id, number, title, context, decision,
                    decision_date, joint, status, proposed_by, proposed_at)
                values (0, ?, 1, ?, ?, ?, ?, true, 'DRAFT', ?, ?)""");
        var numbers = new ScaleSql.Batch(
                "insert into platform_sequence (name, owner_id, last_value) values ('governance-decision', ?, 1)");
        var today = Date.valueOf(LocalDate.now(clock));
        var now = ScaleSql.at(clock.instant());
        for (var m : made) {
            decisions.add(
                    m.id(),
                    "Approve the pilot budget",
                    "The partners have costed the pilot and ask the board to agree its budget.",
                    "The board approves the pilot budget as costed.",
                    today,
                    m.manager(),
                    now);
            numbers.add(m.id());
        }
        sql.send(decisions);
        sql.send(numbers);
    }
}
