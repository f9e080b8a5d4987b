package scot.cairn.governance;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.StageAdvanced;
import scot.cairn.platform.Changes;

/**
 * Writes each gate a partnership passes into its decision log: an approved joint decision with the approvals the gate
 * collected, and each criterion with its evidence as the gate showed it at that moment, so the record does not change
 * when the evidence later does.
 */
@Component
class GateDecisions {

    private final DecisionRepository decisions;
    private final DecisionStamps stamps;
    private final GovernanceContext context;

    GateDecisions(DecisionRepository decisions, DecisionStamps stamps, GovernanceContext context) {
        this.decisions = decisions;
        this.stamps = stamps;
        this.context = context;
    }

    @ApplicationModuleListener
    void on(StageAdvanced event) {
        var details = new DecisionDetails(
                "Gate passed: " + event.from().label() + " to " + event.to().label(),
                snapshot(event.criteria()),
                null,
                "The partnership moves from " + event.from().label() + " to "
                        + event.to().label() + ".",
                event.on(),
                true,
                event.from(),
                null,
                null);
        var approvals = event.approvals().stream()
                .map(a -> new DecisionApproval(a.personId(), a.organisationId(), a.sector(), a.approvedAt()))
                .toList();
        var d = decisions.save(BoardDecision.gatePassed(
                event.partnershipId(),
                stamps.nextNumber(event.partnershipId()),
                details,
                approvals,
                event.byPersonId(),
                event.at()));
        context.record(
                DecisionService.SUBJECT,
                d.id(),
                event.partnershipId(),
                "Gate decision recorded",
                Changes.create().note(d.reference() + " " + d.title()));
    }

    /** Each criterion on a line: met or not, its name and the evidence, cut to fit the decision's context. */
    static String snapshot(List<CriterionResult> criteria) {
        var text = new StringBuilder("What the gate showed when the partnership passed it:\n");
        for (var c : criteria) {
            text.append("\n- ")
                    .append(c.met() ? "Met: " : "Not met: ")
                    .append(c.criterion())
                    .append(". ")
                    .append(c.reason());
        }
        return text.length() <= DecisionInput.LONG ? text.toString() : text.substring(0, DecisionInput.LONG - 1) + "…";
    }
}
