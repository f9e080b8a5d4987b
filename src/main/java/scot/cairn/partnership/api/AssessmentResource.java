package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import scot.cairn.partnership.AssessmentQuestion;
import scot.cairn.partnership.AssessmentView;
import scot.cairn.partnership.Decision;
import scot.cairn.partnership.Rating;

/**
 * The appropriateness assessment: one answer per question, in question order, and the go / no-go decision.
 * {@code editable} is true only for managers while the partnership is in Explore.
 */
@Schema(name = "Assessment")
record AssessmentResource(
        int version,
        List<AnswerResource> answers,
        Decision decision,
        String reason,
        String justification,
        boolean editable) {

    static AssessmentResource from(AssessmentView v) {
        return new AssessmentResource(
                v.version(),
                v.answers().stream()
                        .map(a -> new AnswerResource(a.question(), a.evidence(), a.rating()))
                        .toList(),
                v.decision(),
                v.reason(),
                v.justification(),
                v.editable());
    }

    /** The evidence for one question and how strongly it answers it; a missing rating counts as not rated. */
    @Schema(name = "AssessmentAnswer")
    record AnswerResource(
            @NotNull(message = "{partnership.api.questionRequired}")
            AssessmentQuestion question,

            String evidence,
            Rating rating) {

        AssessmentView.Answer answer() {
            return new AssessmentView.Answer(question, evidence, rating);
        }
    }
}
