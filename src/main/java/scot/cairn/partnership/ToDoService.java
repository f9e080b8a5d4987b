package scot.cairn.partnership;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;

/**
 * "What needs me": the to-do list of a person across the partnerships they take part in, or in one partnership, as
 * every module's {@link WaitingWork} answers for the person's {@link Desk}; and the next steps towards a partnership's
 * next gate, from the gate's criteria. A handful of queries, however many partnerships the person is in.
 */
@Service
@Transactional(readOnly = true)
public class ToDoService {

    private final PartnershipScope scope;
    private final List<WaitingWork> work;
    private final GateService.Gates gates;
    private final GateService gate;

    ToDoService(PartnershipScope scope, List<WaitingWork> work, GateService.Gates gates, GateService gate) {
        this.scope = scope;
        this.work = work;
        this.gates = gates;
        this.gate = gate;
    }

    /** What waits on the user, and on others after the user's part, in every open partnership they take part in. */
    public ToDo forPerson(CurrentUser user) {
        return list(scope.desk(user));
    }

    /**
     * As {@link #forPerson(CurrentUser)}, in one partnership; empty for observers and when it is closed.
     *
     * @throws scot.cairn.platform.NotFoundException when the user may not see it
     */
    public ToDo forPartnership(long id, CurrentUser user) {
        return list(scope.desk(id, user));
    }

    /**
     * Each criterion of leaving the partnership's current stage, done or not, with where it is met, ending with the
     * board's joint approval; empty in Delivery and when closed.
     */
    public List<NextStep> nextSteps(long id, CurrentUser user) {
        var view = gate.gate(id, user);
        var steps = new ArrayList<NextStep>();
        if (view.to() == null) {
            return steps;
        }
        // The gate lists the contributed criteria in this order, then the board's joint approval.
        var where = gates.criteria().stream()
                .filter(c -> c.appliesTo(view.from()))
                .map(c -> c.where(id))
                .toList();
        var results = view.criteria();
        for (int i = 0; i < results.size(); i++) {
            var r = results.get(i);
            var href = i < where.size() ? where.get(i) : "/partnerships/" + id + "/gate";
            steps.add(new NextStep(r.name(), r.why(), href, r.met()));
        }
        return steps;
    }

    private ToDo list(Desk desk) {
        if (desk.isEmpty()) {
            return ToDo.of(desk, List.of());
        }
        var found = new ArrayList<Waiting>();
        work.forEach(w -> found.addAll(w.waitingIn(desk)));
        return ToDo.of(desk, found);
    }
}
