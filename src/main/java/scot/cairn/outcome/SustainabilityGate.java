package scot.cairn.outcome;

import org.springframework.stereotype.Component;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.GateCriterion;
import scot.cairn.partnership.Stage;

/** Leaving Pilot needs the sustainability evidence page filled in: pilot budget, participants and viability narrative. */
@Component
class SustainabilityGate implements GateCriterion {

    static final String NAME = "The sustainability evidence page is filled in";

    private final SustainabilityRepository records;

    SustainabilityGate(SustainabilityRepository records) {
        this.records = records;
    }

    @Override
    public boolean appliesTo(Stage from) {
        return from == Stage.PILOT;
    }

    @Override
    public CriterionResult evaluate(long partnershipId) {
        var stored = records.findByPartnershipId(partnershipId).orElse(null);
        if (stored == null) {
            return CriterionResult.notMet(
                    NAME,
                    "Still needs the pilot budget, the number of participants (more than 0), a narrative on financial"
                            + " viability of at least " + Sustainability.MIN_VIABILITY + " characters.");
        }
        if (stored.complete()) {
            return CriterionResult.met(NAME, "The pilot budget, participants and financial viability are recorded.");
        }
        return CriterionResult.notMet(NAME, "Still needs " + String.join(", ", stored.missing()) + ".");
    }
}
