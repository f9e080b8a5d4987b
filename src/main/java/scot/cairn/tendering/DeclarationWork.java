package scot.cairn.tendering;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Desk;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.Turn;
import scot.cairn.partnership.Waiting;
import scot.cairn.partnership.WaitingWork;
import scot.cairn.partnership.WorkKind;
import scot.cairn.platform.Message;

/**
 * The declarations of interests waiting for the person to review, in the partnerships where they review them, due
 * {@link #DAYS} days after they were made. One query.
 */
@Component
class DeclarationWork implements WaitingWork {

    static final int DAYS = 10;

    private final JdbcClient jdbc;

    DeclarationWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Waiting> waitingIn(Desk desk) {
        var reviewing = desk.places().values().stream()
                .filter(p -> p.mayEdit(Editors.PROCUREMENT))
                .map(Desk.Place::partnershipId)
                .toArray(Long[]::new);
        if (reviewing.length == 0) {
            return List.of();
        }
        var found = new ArrayList<Waiting>();
        jdbc.sql("""
                        select d.id, d.partnership_id, d.declared_at, p.full_name
                          from tendering_declaration d join directory_person p on p.id = d.person_id
                         where d.status = 'WAITING' and d.person_id <> :me and d.partnership_id = any(:ids)
                        """).param("me", desk.personId()).param("ids", reviewing).query(rs -> {
            long partnershipId = rs.getLong("partnership_id");
            found.add(new Waiting(
                    WorkKind.REVIEW_DECLARATION,
                    partnershipId,
                    Message.of("tendering.todo.review", rs.getString("full_name")),
                    "/partnerships/" + partnershipId + "/declarations/" + rs.getLong("id"),
                    rs.getTimestamp("declared_at")
                            .toInstant()
                            .atZone(DeclarationService.SCOTLAND)
                            .toLocalDate()
                            .plusDays(DAYS),
                    Turn.YOURS));
        });
        return found;
    }
}
