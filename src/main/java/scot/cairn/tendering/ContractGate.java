package scot.cairn.tendering;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.GateCriterion;
import scot.cairn.partnership.Stage;

/** Leaving Tender for Delivery needs a concluded contract: awarded, past its standstill with no challenge open. */
@Component
class ContractGate implements GateCriterion {

    private final ContractService contracts;
    private final MessageSource messages;

    ContractGate(ContractService contracts, MessageSource messages) {
        this.contracts = contracts;
        this.messages = messages;
    }

    @Override
    public boolean appliesTo(Stage from) {
        return from == Stage.TENDER;
    }

    @Override
    public String where(long partnershipId) {
        return "/partnerships/" + partnershipId + "/tenders";
    }

    @Override
    public CriterionResult evaluate(long partnershipId) {
        var locale = LocaleContextHolder.getLocale();
        var name = messages.getMessage("tendering.gate.contract", null, locale);
        return contracts.anyConcluded(partnershipId)
                ? CriterionResult.met(name, messages.getMessage("tendering.gate.contractMet", null, locale))
                : CriterionResult.notMet(name, messages.getMessage("tendering.gate.contractNotMet", null, locale));
    }
}
