package scot.cairn.partnership;

import java.util.List;

/** The appropriateness assessment: one answer per question, in question order, and the decision. */
public record AssessmentView(
        long partnershipId,
        int version,
        String title,
        List<Answer> answers,
        Decision decision,
        String reason,
        boolean editable) {

    public record Answer(AssessmentQuestion question, String evidence, Rating rating) {}
}
