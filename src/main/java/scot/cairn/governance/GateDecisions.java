package scot.cairn.governance;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.StageAdvanced;
import scot.cairn.platform.Changes;
import scot.cairn.platform.Message;

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
    private final MessageSource messages;

    GateDecisions(
            DecisionRepository decisions, DecisionStamps stamps, GovernanceContext context, MessageSource messages) {
        this.decisions = decisions;
        this.stamps = stamps;
        this.context = context;
        this.messages = messages;
    }

    /**
     * Words of the decision, which is written once and then read as it was written, like any decision a person types:
     * in the language of the thread that handles the event, the service's default when nobody is asking.
     */
    private String words(String key, Object... args) {
        return messages.getMessage(Message.of(key, args), LocaleContextHolder.getLocale());
    }

    /**
     * Events are delivered at least once (one handed over again after a stop may already have been handled), and a
     * partnership passes each gate once: a gate already in the log is not written again.
     */
    @ApplicationModuleListener
    void on(StageAdvanced event) {
        if (decisions.gateRecorded(event.partnershipId(), event.from().name())) {
            return;
        }
        var details = new DecisionDetails(
                words(
                        "governance.gateDecision.title",
                        Message.of(event.from().labelKey()),
                        Message.of(event.to().labelKey())),
                snapshot(event.criteria()),
                null,
                words(
                        "governance.gateDecision.decision",
                        Message.of(event.from().labelKey()),
                        Message.of(event.to().labelKey())),
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
                "governance.audit.gateDecision",
                Changes.create().field("governance.audit.title", null, d.reference() + " " + d.title()));
    }

    /** Each criterion on a line: met or not, its name and the evidence, cut to fit the decision's context. */
    String snapshot(List<CriterionResult> criteria) {
        var text = new StringBuilder(words("governance.gateDecision.showed")).append("\n");
        for (var c : criteria) {
            text.append("\n- ")
                    .append(words(
                            c.met() ? "governance.gateDecision.met" : "governance.gateDecision.notMet",
                            c.name(),
                            c.why()));
        }
        return text.length() <= DecisionInput.LONG ? text.toString() : text.substring(0, DecisionInput.LONG - 1) + "…";
    }
}
