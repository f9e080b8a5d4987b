package scot.cairn.partnership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.cairn.directory.Sector;
import scot.cairn.platform.Message;

/**
 * Gates waiting for the board: every criterion of leaving the current stage is met and the joint approval is not. The
 * approvals come from one query; the criteria are read for at most {@link PartnershipLimits#GATES_CHECKED}
 * partnerships where it is the person's turn or they wait on others, soonest planned stage end first.
 */
@Component
class GateWork implements WaitingWork {

    private final PartnershipService.Support support;
    private final GateService.Gates gates;

    GateWork(PartnershipService.Support support, GateService.Gates gates) {
        this.support = support;
        this.gates = gates;
    }

    @Override
    public List<Waiting> waitingIn(Desk desk) {
        if (desk.isEmpty()) {
            return List.of();
        }
        var approvals = approvals(desk);
        var found = new ArrayList<Waiting>();
        desk.places().values().stream()
                .filter(p -> p.stage().next() != null)
                .sorted(Comparator.comparing(
                        Desk.Place::plannedEnd, Comparator.nullsLast(Comparator.<java.time.LocalDate>naturalOrder())))
                .map(p -> item(desk, p, approvals.getOrDefault(p.partnershipId(), List.of())))
                .filter(w -> w != null)
                .limit(PartnershipLimits.GATES_CHECKED)
                .filter(w -> criteriaMet(desk.place(w.partnershipId()).orElseThrow()))
                .forEach(found::add);
        return found;
    }

    private static Waiting item(Desk desk, Desk.Place place, List<Approval> given) {
        var joint = JointApproval.of(given.stream().map(Approval::sector).toList());
        var turn = place.turn(joint, given.stream().anyMatch(a -> a.personId() == desk.personId()));
        if (turn == Turn.NONE) {
            return null;
        }
        var from = Message.of(place.stage().labelKey());
        var to = Message.of(place.stage().next().labelKey());
        var what = turn == Turn.YOURS
                ? Message.of("partnership.todo.gate", from, to)
                : Message.of("partnership.todo.gate.others", from, to, joint.needed());
        return new Waiting(
                WorkKind.APPROVE_GATE,
                place.partnershipId(),
                what,
                "/partnerships/" + place.partnershipId() + "/gate",
                place.plannedEnd(),
                turn);
    }

    private boolean criteriaMet(Desk.Place place) {
        return gates.criteria().stream()
                .filter(c -> c.appliesTo(place.stage()))
                .allMatch(c -> c.met(place.partnershipId()));
    }

    private record Approval(long personId, Sector sector) {}

    private Map<Long, List<Approval>> approvals(Desk desk) {
        var byPartnership = new HashMap<Long, List<Approval>>();
        support.jdbc().sql("""
                        select a.partnership_id, a.person_id, a.sector
                        from partnership_gate_approval a
                        join partnership_partnership p on p.id = a.partnership_id and p.stage = a.from_stage
                        where a.partnership_id = any(:ids)
                        """).param("ids", desk.idArray()).query(rs -> {
            String sector = rs.getString("sector");
            byPartnership
                    .computeIfAbsent(rs.getLong("partnership_id"), k -> new ArrayList<>())
                    .add(new Approval(rs.getLong("person_id"), sector == null ? null : Sector.valueOf(sector)));
        });
        return byPartnership;
    }
}
