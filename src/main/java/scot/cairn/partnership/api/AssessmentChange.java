package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import scot.cairn.partnership.AssessmentView;
import scot.cairn.partnership.Decision;
import scot.cairn.partnership.api.AssessmentResource.AnswerResource;

/**
 * A new appropriateness assessment, with the version the caller last read. Errors about an answer name it by the
 * question's position in the list of questions ({@code answers[0]} is MARKET).
 */
@Schema(name = "AssessmentChange")
record AssessmentChange(
        @NotNull(message = "{partnership.api.versionRequired}")
        Integer version,

        @NotNull(message = "{partnership.api.answersRequired}") @Valid
        List<AnswerResource> answers,

        Decision decision,
        String reason,

        @Schema(description = "Why go ahead although some evidence is rated Weak; needed for GO then")
        String justification) {

    AssessmentView.Decided decided() {
        return new AssessmentView.Decided(
                answers.stream().map(AnswerResource::answer).toList(), decision, reason, justification);
    }
}
