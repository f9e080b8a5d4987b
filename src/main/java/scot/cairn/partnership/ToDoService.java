package scot.cairn.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;

/**
 * "What needs me": the to-do list of a person across the partnerships they take part in, or in one partnership, as
 * every module's {@link WaitingWork} answers for the person's {@link Desk}; and the next steps towards a partnership's
 * next gate, from the gate's criteria. A handful of queries, however many partnerships the person is in.
 */
@Service
public class ToDoService {

    /**
     * From this many partnerships on, the modules are asked at the same time rather than one after another: each
     * query then reads thousands of rows, and the database answers them side by side. Each runs on its own
     * connection, outside any transaction, so a waiting request holds none.
     */
    static final int ASKED_TOGETHER_FROM = 50;

    private final PartnershipScope scope;
    private final List<WaitingWork> work;
    private final List<OwnWork> own;
    private final GateService.Gates gates;
    private final GateService gate;
    private final Executor executor;

    ToDoService(
            PartnershipScope scope,
            Modules modules,
            GateService.Gates gates,
            GateService gate,
            @Qualifier("applicationTaskExecutor") Executor executor) {
        this.scope = scope;
        this.work = modules.work();
        this.own = modules.own();
        this.gates = gates;
        this.gate = gate;
        this.executor = executor;
    }

    /** What the modules contribute: work that waits on people, and lists of work people own. */
    @org.springframework.stereotype.Component
    record Modules(List<WaitingWork> work, List<OwnWork> own) {}

    /** What waits on the user, and on others after the user's part, in every open partnership they take part in. */
    public ToDo forPerson(CurrentUser user) {
        return list(scope.desk(user));
    }

    /** The user's home page: {@link #forPerson(CurrentUser)}, then each list of the open work they own. */
    public Home home(CurrentUser user) {
        var desk = scope.desk(user);
        var lists = own.stream()
                .map(o -> {
                    if (desk.isEmpty()) {
                        return new Home.OwnList(o.headingKey(), o.noneKey(), List.of(), 0);
                    }
                    var items = ToDo.items(desk, o.ownedIn(desk, ToDo.SHOWN), Turn.YOURS);
                    return new Home.OwnList(
                            o.headingKey(), o.noneKey(), items, Math.max(0, o.countIn(desk) - items.size()));
                })
                .toList();
        return new Home(list(desk), lists);
    }

    /**
     * The open work the user owns in every module's list ({@link OwnWork}), at most {@code limit} from each, soonest due
     * first: for their calendar feed.
     */
    @Transactional(readOnly = true)
    public List<ToDoItem> owned(CurrentUser user, int limit) {
        var desk = scope.desk(user);
        if (desk.isEmpty()) {
            return List.of();
        }
        return own.stream()
                .flatMap(o -> ToDo.items(desk, o.ownedIn(desk, limit), Turn.YOURS).stream())
                .toList();
    }

    /**
     * As {@link #forPerson(CurrentUser)}, in one partnership; empty for observers and when it is closed.
     *
     * @throws scot.cairn.platform.NotFoundException when the user may not see it
     */
    @Transactional(readOnly = true)
    public ToDo forPartnership(long id, CurrentUser user) {
        return list(scope.desk(id, user));
    }

    /**
     * Each criterion of leaving the partnership's current stage, done or not, with where it is met, ending with the
     * board's joint approval; empty in Delivery and when closed.
     */
    @Transactional(readOnly = true)
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
        if (desk.places().size() < ASKED_TOGETHER_FROM) {
            work.forEach(w -> found.addAll(w.waitingIn(desk)));
            return ToDo.of(desk, found);
        }
        var asked = work.stream()
                .map(w -> CompletableFuture.supplyAsync(() -> w.waitingIn(desk), executor))
                .toList();
        try {
            asked.forEach(a -> found.addAll(a.join()));
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        return ToDo.of(desk, found);
    }
}
