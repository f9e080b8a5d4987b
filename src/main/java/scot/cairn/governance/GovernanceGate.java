package scot.cairn.governance;

import java.util.ArrayList;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.GateCriterion;
import scot.cairn.partnership.Role;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.Message;

/** Leaving Design for Pilot needs a Partnership / Project Manager and a lead Senior Sponsor. */
@Component
class GovernanceGate implements GateCriterion {

    static final String NAME = "governance.gate.roles";

    private final RoleRepository roles;
    private final MessageSource messages;

    GovernanceGate(RoleRepository roles, MessageSource messages) {
        this.roles = roles;
        this.messages = messages;
    }

    /** The partnership shows criteria as words: in the reader's language. */
    private String words(Message message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }

    @Override
    public String where(long partnershipId) {
        return "/partnerships/" + partnershipId + "/governance/roles";
    }

    @Override
    public boolean appliesTo(Stage from) {
        return from == Stage.DESIGN;
    }

    @Override
    public CriterionResult evaluate(long partnershipId) {
        var all = roles.findByPartnershipId(partnershipId);
        var missing = new ArrayList<Message>();
        if (all.stream().noneMatch(a -> a.role() == Role.PROJECT_MANAGER)) {
            missing.add(Message.of("governance.gate.needsPm"));
        }
        if (all.stream().noneMatch(RoleAssignment::leadSponsor)) {
            missing.add(Message.of("governance.gate.needsLead"));
        }
        String name = words(Message.of(NAME));
        return missing.isEmpty()
                ? CriterionResult.met(name, words(Message.of("governance.gate.rolesMet")))
                : CriterionResult.notMet(
                        name, words(Message.of("governance.gate.stillNeeds", CompositionRules.and(missing))));
    }
}
