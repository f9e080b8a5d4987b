package scot.cairn.sroi;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.GateCriterion;
import scot.cairn.partnership.Stage;

/**
 * Leaving Design for Pilot needs a forecast SROI approved by the Governance Group / Project Board. The criterion and
 * its reason are words for the gate page, so they are put into the reader's language here.
 */
@Component
class SroiGate implements GateCriterion {

    static final String NAME = "sroi.gate.forecast";

    private final SroiAnalysisRepository analyses;
    private final MessageSource messages;

    SroiGate(SroiAnalysisRepository analyses, MessageSource messages) {
        this.analyses = analyses;
        this.messages = messages;
    }

    @Override
    public String where(long partnershipId) {
        return "/partnerships/" + partnershipId + "/sroi";
    }

    @Override
    public boolean appliesTo(Stage from) {
        return from == Stage.DESIGN;
    }

    @Override
    public CriterionResult evaluate(long partnershipId) {
        var locale = LocaleContextHolder.getLocale();
        String name = messages.getMessage(NAME, null, locale);
        return analyses.countApproved(partnershipId, AnalysisType.FORECAST.name()) > 0
                ? CriterionResult.met(name, messages.getMessage("sroi.gate.forecastMet", null, locale))
                : CriterionResult.notMet(name, messages.getMessage("sroi.gate.forecastNotMet", null, locale));
    }
}
