package scot.cairn.partnership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.GateView.ApprovalView;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * The appropriateness assessment and the gates between stages. A gate opens when every contributed
 * {@link GateCriterion} for the current stage is met and board members from the public and third sectors have both
 * approved ({@link JointApproval}). Passing a gate publishes {@link StageAdvanced} with what the gate showed.
 */
@Service
public class GateService {

    static final Message JOINT = Message.of("partnership.gate.joint");

    private final PartnershipRepository partnerships;
    private final PartnershipScope scope;
    private final PartnershipService core;
    private final Gates gates;

    GateService(PartnershipRepository partnerships, PartnershipScope scope, PartnershipService core, Gates gates) {
        this.partnerships = partnerships;
        this.scope = scope;
        this.core = core;
        this.gates = gates;
    }

    /** The criteria other modules contribute, and where passing a gate is announced. */
    @org.springframework.stereotype.Component
    record Gates(List<GateCriterion> criteria, ApplicationEventPublisher events) {}

    @Transactional(readOnly = true)
    public AssessmentView assessment(long id, CurrentUser user) {
        var p = scope.visible(id, user);
        var answers = Arrays.stream(AssessmentQuestion.values())
                .map(q -> p.answers().stream()
                        .filter(a -> a.question() == q)
                        .findFirst()
                        .map(a -> new AssessmentView.Answer(q, a.evidence(), a.rating()))
                        .orElse(new AssessmentView.Answer(q, null, Rating.NOT_RATED)))
                .toList();
        return new AssessmentView(
                p.id(),
                p.version(),
                p.title(),
                answers,
                p.assessmentDecision(),
                p.assessmentReason(),
                p.assessmentJustification(),
                p.stage() == Stage.EXPLORE && PartnershipScope.manages(p, user));
    }

    @Transactional
    public AssessmentView assess(long id, Integer seenVersion, AssessmentView.Decided decided, CurrentUser user) {
        var p = scope.managed(id, user);
        ConcurrentChangeException.check("partnership", seenVersion, p.version());
        var before = assessment(id, user);
        p.assess(
                decided.answers().stream()
                        .map(a -> new AssessmentAnswer(
                                a.question(),
                                blankToNull(a.evidence()),
                                a.rating() == null ? Rating.NOT_RATED : a.rating()))
                        .toList(),
                decided.decision(),
                decided.reason(),
                decided.justification());
        partnerships.save(p);
        var after = assessment(id, user);
        var changes = Changes.create();
        for (int i = 0; i < after.answers().size(); i++) {
            var q = "partnership.audit.assessment."
                    + after.answers().get(i).question().name() + ".";
            changes.field(
                            q + "rating",
                            before.answers().get(i).rating().labelKey(),
                            after.answers().get(i).rating().labelKey())
                    .field(
                            q + "evidence",
                            before.answers().get(i).evidence(),
                            after.answers().get(i).evidence());
        }
        changes.field(
                        "partnership.audit.decision",
                        before.decision().labelKey(),
                        after.decision().labelKey())
                .field("partnership.audit.reasons", before.reason(), after.reason())
                .field("partnership.audit.justification", before.justification(), after.justification());
        core.record(id, "partnership.audit.assessed", changes);
        return after;
    }

    @Transactional(readOnly = true)
    public GateView gate(long id, CurrentUser user) {
        var p = scope.visible(id, user);
        return gate(p, scope.access(p, user));
    }

    /** Records the user's approval of leaving the current stage, as a member of the board. */
    @Transactional
    public GateView approve(long id, CurrentUser user) {
        var seat = scope.requireBoardApproval(id, user).seat();
        var p = scope.visible(id, user);
        p.approveGate(user.personId(), seat.organisationId(), seat.sector(), core.now());
        var saved = partnerships.save(p);
        core.record(
                id,
                "partnership.audit.gateApproved",
                Changes.create()
                        .field("partnership.audit.approvedBy", null, user.fullName())
                        .field(
                                "partnership.audit.sector",
                                null,
                                seat.sector() == null
                                        ? "partnership.audit.serviceUser"
                                        : seat.sector().labelKey())
                        .field(
                                "partnership.audit.approvedMove",
                                p.stage().labelKey(),
                                p.stage().next().labelKey()));
        gates.events().publishEvent(new GateApproved(id, p.stage(), p.stage().next(), user.personId(), core.now()));
        return gate(saved, scope.access(saved, user));
    }

    /** Moves the partnership to its next stage when the gate is open. Managers only. */
    @Transactional
    public GateView advance(long id, CurrentUser user) {
        var p = scope.managed(id, user);
        var view = gate(p, scope.access(p, user));
        var unmet = view.criteria().stream()
                .filter(c -> !c.met())
                .map(CriterionResult::name)
                .toList();
        if (view.to() != null && !unmet.isEmpty()) {
            throw InvalidInputException.of("", "partnership.gate.notOpen", Message.joined(unmet));
        }
        var from = p.stage();
        var approvals = current(p);
        p.advance(core.today());
        var saved = partnerships.save(p);
        core.record(
                id,
                "partnership.audit.stageAdvanced",
                Changes.create()
                        .field(
                                "partnership.audit.stage",
                                from.labelKey(),
                                saved.stage().labelKey()));
        gates.events()
                .publishEvent(new StageAdvanced(
                        id,
                        from,
                        saved.stage(),
                        core.today(),
                        core.now(),
                        user.personId(),
                        view.criteria(),
                        approvals.stream()
                                .map(a -> new StageAdvanced.Approver(
                                        a.personId(), a.organisationId(), a.sector(), a.approvedAt()))
                                .toList()));
        return gate(saved, scope.access(saved, user));
    }

    private GateView gate(Partnership p, Access access) {
        var results = new ArrayList<CriterionResult>();
        var current = current(p);
        if (p.stage().next() != null) {
            gates.criteria().stream()
                    .filter(c -> c.appliesTo(p.stage()))
                    .map(c -> c.evaluate(p.id()))
                    .forEach(results::add);
            var joint =
                    JointApproval.of(current.stream().map(GateApproval::sector).toList());
            results.add(
                    joint.met()
                            ? CriterionResult.met(JOINT, Message.of("partnership.gate.joint.met"))
                            : CriterionResult.notMet(JOINT, joint.needed()));
        }
        long me = access.user().personId();
        return new GateView(
                p.id(),
                p.title(),
                p.stage(),
                p.stage().next(),
                results,
                core.approvalViews(current),
                access.mayApprove() && p.stage().next() != null,
                current.stream().anyMatch(a -> a.personId().equals(me)),
                access.mayManage());
    }

    private static List<GateApproval> current(Partnership p) {
        return p.approvals().stream().filter(a -> a.fromStage() == p.stage()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Comparator<ApprovalView> byTime() {
        return Comparator.comparing(ApprovalView::approvedAt);
    }
}
