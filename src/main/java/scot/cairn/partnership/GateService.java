package scot.cairn.partnership;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.Sector;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.GateView.ApprovalView;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;

/**
 * The appropriateness assessment and the gates between stages. A gate opens when every contributed
 * {@link GateCriterion} for the current stage is met and members from a public-sector and a third-sector partner have
 * both approved.
 */
@Service
public class GateService {

    static final String JOINT = "Approved jointly by the public and third sectors";

    private final PartnershipRepository partnerships;
    private final PartnershipAccess access;
    private final PartnershipService core;
    private final List<GateCriterion> criteria;

    GateService(
            PartnershipRepository partnerships,
            PartnershipAccess access,
            PartnershipService core,
            List<GateCriterion> criteria) {
        this.partnerships = partnerships;
        this.access = access;
        this.core = core;
        this.criteria = criteria;
    }

    @Transactional(readOnly = true)
    public AssessmentView assessment(long id, CurrentUser user) {
        var p = access.visible(id, user);
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
                p.stage() == Stage.EXPLORE && PartnershipAccess.manages(p, user));
    }

    @Transactional
    public AssessmentView assess(
            long id,
            Integer seenVersion,
            List<AssessmentView.Answer> answers,
            Decision decision,
            String reason,
            CurrentUser user) {
        var p = access.managed(id, user);
        ConcurrentChangeException.check("partnership", seenVersion, p.version());
        var before = assessment(id, user);
        p.assess(
                answers.stream()
                        .map(a -> new AssessmentAnswer(
                                a.question(),
                                blankToNull(a.evidence()),
                                a.rating() == null ? Rating.NOT_RATED : a.rating()))
                        .toList(),
                decision,
                reason);
        partnerships.save(p);
        var after = assessment(id, user);
        var changes = Changes.create();
        for (int i = 0; i < after.answers().size(); i++) {
            var q = after.answers().get(i).question().question();
            changes.field(
                            q + " rating",
                            before.answers().get(i).rating().label(),
                            after.answers().get(i).rating().label())
                    .field(
                            q + " evidence",
                            before.answers().get(i).evidence(),
                            after.answers().get(i).evidence());
        }
        changes.field("Decision", before.decision().label(), after.decision().label())
                .field("Reasons", before.reason(), after.reason());
        core.record(id, "Assessment updated", changes);
        return after;
    }

    @Transactional(readOnly = true)
    public GateView gate(long id, CurrentUser user) {
        return gate(access.visible(id, user), user);
    }

    /** Records the user's approval of leaving the current stage, on behalf of their organisation. */
    @Transactional
    public GateView approve(long id, CurrentUser user) {
        var p = access.participating(id, user);
        if (user.organisationId() == null
                || p.standings().get(user.organisationId()) != Standing.CORE
                || (user.sector() != Sector.PUBLIC && user.sector() != Sector.THIRD)) {
            throw InvalidInputException.of(
                    "", "Only members from a core public-sector or third-sector partner can approve a gate");
        }
        p.approveGate(user.personId(), user.organisationId(), user.sector(), core.now());
        partnerships.save(p);
        core.record(
                id,
                "Gate approved",
                Changes.create()
                        .note(user.fullName() + " (" + user.sector().label() + ") approved moving from "
                                + p.stage().label() + " to " + p.stage().next().label()));
        return gate(p, user);
    }

    /** Moves the partnership to its next stage when the gate is open. Managers only. */
    @Transactional
    public GateView advance(long id, CurrentUser user) {
        var p = access.managed(id, user);
        var view = gate(p, user);
        var unmet = view.criteria().stream()
                .filter(c -> !c.met())
                .map(CriterionResult::criterion)
                .toList();
        if (view.to() != null && !unmet.isEmpty()) {
            throw InvalidInputException.of("", "The gate is not open yet. Not met: " + String.join("; ", unmet) + ".");
        }
        var from = p.stage();
        p.advance(core.today());
        partnerships.save(p);
        core.record(
                id,
                "Stage advanced",
                Changes.create().field("Stage", from.label(), p.stage().label()));
        return gate(p, user);
    }

    private GateView gate(Partnership p, CurrentUser user) {
        var results = new ArrayList<CriterionResult>();
        if (p.stage().next() != null) {
            criteria.stream()
                    .filter(c -> c.appliesTo(p.stage()))
                    .map(c -> c.evaluate(p.id()))
                    .forEach(results::add);
            results.add(
                    p.jointlyApproved()
                            ? CriterionResult.met(
                                    JOINT, "Members from public-sector and third-sector partners have approved.")
                            : CriterionResult.notMet(JOINT, missingSectors(p)));
        }
        var current =
                p.approvals().stream().filter(a -> a.fromStage() == p.stage()).toList();
        var approvals = core.approvalViews(current);
        var role = p.role(user.personId());
        return new GateView(
                p.id(),
                p.title(),
                p.stage(),
                p.stage().next(),
                results,
                approvals,
                role.filter(r -> r != MemberRole.OBSERVER).isPresent()
                        && p.stage().next() != null,
                current.stream().anyMatch(a -> a.personId().equals(user.personId())),
                PartnershipAccess.manages(p, user));
    }

    private static String missingSectors(Partnership p) {
        var sectors = p.approvals().stream()
                .filter(a -> a.fromStage() == p.stage())
                .map(GateApproval::sector)
                .toList();
        var missing = new ArrayList<String>();
        if (!sectors.contains(Sector.PUBLIC)) {
            missing.add("a public-sector partner");
        }
        if (!sectors.contains(Sector.THIRD)) {
            missing.add("a third-sector partner");
        }
        return "Still needs approval from " + String.join(" and ", missing) + ".";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Comparator<ApprovalView> byTime() {
        return Comparator.comparing(ApprovalView::approvedAt);
    }
}
