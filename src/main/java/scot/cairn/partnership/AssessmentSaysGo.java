package scot.cairn.partnership;

import org.springframework.stereotype.Component;

/** Explore to Design needs the appropriateness assessment to say go. */
@Component
class AssessmentSaysGo implements GateCriterion {

    static final String NAME = "The appropriateness assessment says go";

    private final PartnershipRepository partnerships;

    AssessmentSaysGo(PartnershipRepository partnerships) {
        this.partnerships = partnerships;
    }

    @Override
    public boolean appliesTo(Stage from) {
        return from == Stage.EXPLORE;
    }

    @Override
    public CriterionResult evaluate(long partnershipId) {
        var decision = partnerships
                .findById(partnershipId)
                .map(Partnership::assessmentDecision)
                .orElse(Decision.UNDECIDED);
        return switch (decision) {
            case GO -> CriterionResult.met(NAME, "The assessment was decided: go.");
            case NO_GO -> CriterionResult.notMet(NAME, "The assessment was decided: no go.");
            case UNDECIDED -> CriterionResult.notMet(NAME, "The assessment has not been decided yet.");
        };
    }
}
