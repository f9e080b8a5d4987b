package scot.cairn.partnership;

import java.util.List;

/**
 * The appropriateness assessment: one answer per question, in question order, and the decision; {@code justification}
 * is null unless the decision went ahead on weak evidence.
 */
public record AssessmentView(
        long partnershipId,
        int version,
        String title,
        List<Answer> answers,
        Decision decision,
        String reason,
        String justification,
        boolean editable) {

    public record Answer(AssessmentQuestion question, String evidence, Rating rating) {}

    /**
     * A decided assessment as a manager sends it.
     *
     * @param justification why to go ahead although some evidence is weak; needed for "go" when any rating is Weak
     */
    public record Decided(List<Answer> answers, Decision decision, String reason, String justification) {}
}
