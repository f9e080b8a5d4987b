package scot.cairn.planning;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.governance.DecisionApproved;
import scot.cairn.governance.DecisionStatus;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;

/**
 * The plan's baselines. The Project Manager or a manager ({@link Editors#PLAN}) proposes the plan as it stands: its
 * dates are kept as a baseline and a joint decision asking the board to approve it goes into the decision log, where
 * board members approve it under the one joint-approval rule. When that decision is approved the baseline is too, and
 * from then on slippage is measured against it; a later baseline needs its own approval and the older ones stay. One
 * proposal waits at a time. Nothing in a baseline changes once written.
 */
@Service
public class BaselineService {

    static final String SUBJECT = "planning-baseline";

    private final PlanRepositories store;
    private final PartnershipScope scope;
    private final PlanSupport support;
    private final BaselineDecisions decisions;

    BaselineService(PlanRepositories store, PartnershipScope scope, PlanSupport support, BaselineDecisions decisions) {
        this.store = store;
        this.scope = scope;
        this.support = support;
        this.decisions = decisions;
    }

    /** The baselines, the latest first, each with the state of its decision. */
    @Transactional(readOnly = true)
    public List<BaselineView> baselines(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var rows = store.baselines().all(id);
        var names = access.partnership().namesById();
        var found = decisions.of(
                id, rows.stream().map(BaselineTable.Row::decisionId).toList(), user);
        var current = rows.stream()
                .filter(r -> r.approvedAt() != null)
                .findFirst()
                .map(BaselineTable.Row::id)
                .orElse(null);
        return rows.stream()
                .map(r -> {
                    var d = found.get(r.decisionId());
                    return new BaselineView(
                            r.id(),
                            r.reference(),
                            r.tasks(),
                            r.milestones(),
                            names.get(r.proposedBy()),
                            r.proposedAt(),
                            r.approvedAt(),
                            Long.valueOf(r.id()).equals(current),
                            r.decisionId(),
                            d.version(),
                            d.reference(),
                            d.statusKey(),
                            d.waitingFor());
                })
                .toList();
    }

    /** A baseline with every task's and milestone's dates it holds, as the board was asked to approve them. */
    public record BaselineDates(BaselineView baseline, List<Dated> tasks, List<Dated> milestones) {}

    /** A task's or milestone's dates in a baseline ({@code start} null and {@code reference} empty for a milestone). */
    public record Dated(String reference, String title, java.time.LocalDate start, java.time.LocalDate due) {}

    /** @throws scot.cairn.platform.NotFoundException when the baseline is not this plan's */
    @Transactional(readOnly = true)
    public BaselineDates baseline(long id, long baselineId, CurrentUser user) {
        var b = baselines(id, user).stream()
                .filter(x -> x.id() == baselineId)
                .findFirst()
                .orElseThrow(() -> new scot.cairn.platform.NotFoundException("Baseline"));
        return new BaselineDates(
                b,
                store.baselines().tasks(baselineId).stream()
                        .map(d -> new Dated(d.reference(), d.title(), d.start(), d.due()))
                        .toList(),
                store.baselines().milestones(baselineId).stream()
                        .map(d -> new Dated(d.reference(), d.title(), d.start(), d.due()))
                        .toList());
    }

    /**
     * Keeps the plan's dates as the next baseline and asks the board to approve it. Refused while an earlier proposal
     * still waits for the board, for a plan with nothing in it, and once the plan keeps {@link PlanLimits#BASELINES}.
     */
    @Transactional
    public BaselineView propose(long id, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PLAN);
        support.lock(id);
        var rows = store.baselines().all(id);
        PlanLimits.BASELINES.check("", rows.size() + 1);
        var waiting = rows.stream().filter(r -> r.approvedAt() == null).findFirst();
        if (waiting.isPresent()) {
            var d = decisions
                    .of(id, List.of(waiting.get().decisionId()), user)
                    .get(waiting.get().decisionId());
            if (d.status() == DecisionStatus.DRAFT) {
                throw InvalidInputException.of(
                        "", "planning.baseline.waiting", waiting.get().reference(), d.reference());
            }
        }
        var tasks = store.table().all(id);
        var milestones = store.milestones().findByPartnershipIdOrderByDueAscIdAsc(id);
        if (tasks.isEmpty() && milestones.isEmpty()) {
            throw InvalidInputException.of("", "planning.baseline.empty");
        }
        long number = store.baselines().nextNumber(id);
        var reference = "B-" + number;
        var replaces = rows.stream()
                .filter(r -> r.approvedAt() != null)
                .findFirst()
                .map(BaselineTable.Row::reference)
                .orElse(null);
        var decision = decisions.propose(id, reference, replaces, tasks, milestones.size(), support.today(), user);
        long baselineId = store.baselines()
                .write(id, number, user.personId(), support.clock().instant(), decision.id(), tasks, milestones);
        support.audit()
                .record(
                        SUBJECT,
                        baselineId,
                        id,
                        "planning.audit.baselineProposed",
                        Changes.create()
                                .note(reference)
                                .field("planning.audit.decision", null, decision.reference())
                                .field("planning.audit.tasks", null, tasks.size())
                                .field("planning.audit.milestones", null, milestones.size()));
        return baselines(id, user).stream()
                .filter(b -> b.id() == baselineId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Withdraws the proposal of a baseline that still waits for the board, as its decision was read at
     * {@code seenVersion}: the decision is marked withdrawn in the log, and a new baseline may be proposed.
     */
    @Transactional
    public BaselineView withdraw(long id, long baselineId, Integer seenVersion, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PLAN);
        var row = store.baselines().all(id).stream()
                .filter(r -> r.id() == baselineId)
                .findFirst()
                .orElseThrow(() -> new scot.cairn.platform.NotFoundException("Baseline"));
        var d = decisions.withdraw(id, row.decisionId(), seenVersion, user);
        support.audit()
                .record(
                        SUBJECT,
                        row.id(),
                        id,
                        "planning.audit.baselineWithdrawn",
                        Changes.create().note(row.reference()).field("planning.audit.decision", null, d.reference()));
        return baselines(id, user).stream()
                .filter(b -> b.id() == baselineId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * The board approved a decision: if it is the joint decision approving a baseline, that baseline is now the one
     * slippage counts from. (Its words cannot have changed: the log refuses changes to decisions proposed here.) Heard
     * in the approving transaction, not after it: the plan shows its new baseline the moment the board approves, and
     * the approval and the baseline's stand or fall together.
     */
    @org.springframework.context.event.EventListener
    void on(DecisionApproved event) {
        if (!event.joint()) {
            return;
        }
        store.baselines()
                .approve(event.decisionId(), event.at())
                .ifPresent(b -> support.audit()
                        .record(
                                SUBJECT,
                                b.id(),
                                event.partnershipId(),
                                "planning.audit.baselineApproved",
                                Changes.create()
                                        .note(b.reference())
                                        .field("planning.audit.decision", null, event.reference())));
    }
}
