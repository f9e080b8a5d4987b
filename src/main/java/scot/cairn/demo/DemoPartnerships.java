package scot.cairn.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.AssessmentQuestion;
import scot.cairn.partnership.AssessmentView;
import scot.cairn.partnership.ClosureRoute;
import scot.cairn.partnership.Decision;
import scot.cairn.partnership.GateService;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Rating;
import scot.cairn.partnership.Stage;
import scot.cairn.partnership.StageDates;
import scot.cairn.partnership.Standing;

/** Builds demo partnerships through the same services the pages use, so demo data obeys every rule. */
@Component
class DemoPartnerships {

    private final PartnershipService partnerships;
    private final MembershipService membership;
    private final GateService gates;

    DemoPartnerships(PartnershipService partnerships, MembershipService membership, GateService gates) {
        this.partnerships = partnerships;
        this.membership = membership;
        this.gates = gates;
    }

    long start(CurrentUser manager, String title, Market market, String region, String aims, long leadPartner) {
        return partnerships
                .start(new PartnershipDetails(title, market, region, aims, leadPartner), manager)
                .id();
    }

    void partner(long id, long organisationId, Standing standing, CurrentUser manager) {
        membership.setPartner(id, organisationId, standing, manager);
    }

    void member(long id, CurrentUser person, MemberRole role, CurrentUser manager) {
        membership.setMember(id, person.email(), role, manager);
    }

    /** Records a go decision with the evidence given, one line per question in question order. */
    void assessGo(long id, List<String> evidence, String reason, CurrentUser manager) {
        var view = gates.assessment(id, manager);
        var answers = java.util.stream.IntStream.range(0, AssessmentQuestion.values().length)
                .mapToObj(i -> new AssessmentView.Answer(
                        AssessmentQuestion.values()[i], evidence.get(i), i == 3 ? Rating.ADEQUATE : Rating.STRONG))
                .toList();
        gates.assess(id, view.version(), new AssessmentView.Decided(answers, Decision.GO, reason, null), manager);
    }

    /** Passes the gate out of the current stage with approvals from both sectors. */
    void advance(long id, CurrentUser publicMember, CurrentUser thirdMember, CurrentUser manager) {
        gates.approve(id, publicMember);
        gates.approve(id, thirdMember);
        gates.advance(id, manager);
    }

    /** Closes the partnership with its route and reason. */
    void close(long id, ClosureRoute route, String reason, CurrentUser manager) {
        partnerships.close(id, route, reason, manager);
    }

    void plan(long id, CurrentUser manager, LocalDate... bounds) {
        var view = partnerships.get(id, manager);
        var dates = new java.util.ArrayList<StageDates>();
        for (int i = 0; i < Stage.LIFECYCLE.size(); i++) {
            var s = view.stages().get(i);
            LocalDate start = 2 * i < bounds.length ? bounds[2 * i] : null;
            LocalDate end = 2 * i + 1 < bounds.length ? bounds[2 * i + 1] : null;
            boolean reached = s.actualStart() != null;
            boolean finished = s.actualEnd() != null;
            dates.add(new StageDates(s.stage(), start, end, reached ? start : null, finished ? end : null));
        }
        partnerships.planStages(id, view.version(), dates, manager);
    }
}
