package scot.cairn.outcome;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.GateCriterion;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.Message;

/** Leaving Pilot needs the sustainability evidence page filled in: pilot budget, participants and viability narrative. */
@Component
class SustainabilityGate implements GateCriterion {

    static final Message NAME = Message.of("outcome.gate.name");

    private final SustainabilityRepository records;
    private final MessageSource messages;

    SustainabilityGate(SustainabilityRepository records, MessageSource messages) {
        this.records = records;
        this.messages = messages;
    }

    @Override
    public String where(long partnershipId) {
        return "/partnerships/" + partnershipId + "/outcomes/sustainability";
    }

    @Override
    public boolean appliesTo(Stage from) {
        return from == Stage.PILOT;
    }

    @Override
    public CriterionResult evaluate(long partnershipId) {
        var stored = records.findByPartnershipId(partnershipId).orElse(null);
        var missing = stored == null ? Sustainability.missing(null, null, null) : stored.missing();
        // The gate's words are still text, so they are put into the reader's language here.
        if (missing.isEmpty()) {
            return CriterionResult.met(text(NAME), text(Message.of("outcome.gate.met")));
        }
        return CriterionResult.notMet(text(NAME), text(Message.of("outcome.gate.stillNeeds", Message.joined(missing))));
    }

    private String text(Message message) {
        return messages.getMessage(message, LocaleContextHolder.getLocale());
    }
}
