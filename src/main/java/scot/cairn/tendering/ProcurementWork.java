package scot.cairn.tendering;

import java.util.ArrayList;
import java.util.HashSet;
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
 * The expected procurement not yet recorded in a partnership that has reached Pilot, on the to-do list of whoever
 * records it there (the Procurement Representative and managers), due by the end of the current stage. One query.
 */
@Component
class ProcurementWork implements WaitingWork {

    private final JdbcClient jdbc;

    ProcurementWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Waiting> waitingIn(Desk desk) {
        var places = desk.places().values().stream()
                .filter(p -> p.open()
                        && ProcurementService.EXPECTED_FROM.contains(p.stage())
                        && p.mayEdit(Editors.PROCUREMENT))
                .toList();
        if (places.isEmpty()) {
            return List.of();
        }
        var recorded = new HashSet<Long>(jdbc.sql(
                        "select partnership_id from tendering_procurement where partnership_id = any(:ids)")
                .param("ids", places.stream().map(Desk.Place::partnershipId).toArray(Long[]::new))
                .query(Long.class)
                .list());
        var found = new ArrayList<Waiting>();
        for (var place : places) {
            if (!recorded.contains(place.partnershipId())) {
                found.add(new Waiting(
                        WorkKind.RECORD_PROCUREMENT,
                        place.partnershipId(),
                        Message.of("tendering.todo.procurement"),
                        "/partnerships/" + place.partnershipId() + "/tender/procurement",
                        place.plannedEnd(),
                        Turn.YOURS));
            }
        }
        return found;
    }
}
