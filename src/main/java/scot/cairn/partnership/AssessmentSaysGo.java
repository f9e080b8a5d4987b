package scot.cairn.partnership;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.platform.Message;

/** Explore to Design needs the appropriateness assessment to say go. */
@Component
class AssessmentSaysGo implements GateCriterion {

    static final Message NAME = Message.of("partnership.gate.assessment");

    private final PartnershipRepository partnerships;
    private final JdbcClient jdbc;

    AssessmentSaysGo(PartnershipRepository partnerships, JdbcClient jdbc) {
        this.partnerships = partnerships;
        this.jdbc = jdbc;
    }

    /** The decision alone, without the rest of the partnership. */
    @Override
    public boolean met(long partnershipId) {
        return jdbc.sql("select assessment_decision from partnership_partnership where id = ?")
                .param(partnershipId)
                .query(String.class)
                .optional()
                .filter(Decision.GO.name()::equals)
                .isPresent();
    }

    @Override
    public String where(long partnershipId) {
        return "/partnerships/" + partnershipId + "/assessment";
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
            case GO -> CriterionResult.met(NAME, Message.of("partnership.gate.assessment.go"));
            case NO_GO -> CriterionResult.notMet(NAME, Message.of("partnership.gate.assessment.noGo"));
            case UNDECIDED -> CriterionResult.notMet(NAME, Message.of("partnership.gate.assessment.undecided"));
        };
    }
}
