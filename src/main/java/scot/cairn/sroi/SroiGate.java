package scot.cairn.sroi;

import org.springframework.stereotype.Component;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.GateCriterion;
import scot.cairn.partnership.Stage;

/** Leaving Design for Pilot needs a forecast SROI approved by the Governance Group / Project Board. */
@Component
class SroiGate implements GateCriterion {

    static final String NAME = "An approved forecast SROI";

    private final SroiAnalysisRepository analyses;

    SroiGate(SroiAnalysisRepository analyses) {
        this.analyses = analyses;
    }

    @Override
    public boolean appliesTo(Stage from) {
        return from == Stage.DESIGN;
    }

    @Override
    public CriterionResult evaluate(long partnershipId) {
        return analyses.countApproved(partnershipId, AnalysisType.FORECAST.name()) > 0
                ? CriterionResult.met(NAME, "The board has approved a forecast SROI analysis.")
                : CriterionResult.notMet(
                        NAME,
                        "Still needs a forecast SROI analysis approved by board members from the public and third"
                                + " sectors.");
    }
}
