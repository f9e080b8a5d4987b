package scot.cairn.partnership;

import java.util.List;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * What makes an appropriateness assessment acceptable: evidence fits its field, and a go / no-go decision has a
 * reason. Each question is answered at most once. A "go" also needs every question rated with evidence, so nobody
 * decides on nothing, and, when any evidence is rated Weak, a written explanation of why to go ahead all the same.
 */
final class AssessmentRules {

    static final int MAX_EVIDENCE = 4000;
    static final int MAX_REASON = 2000;

    private AssessmentRules() {}

    /** The least a justification for going ahead on weak evidence must say. */
    static final int MIN_JUSTIFICATION = 40;

    static boolean anyWeak(List<AssessmentAnswer> answers) {
        return answers.stream().anyMatch(a -> a.rating() == Rating.WEAK);
    }

    static void check(List<AssessmentAnswer> answers, Decision decision, String reason, String justification) {
        var errors = new InvalidInputException.Collector();
        for (var a : answers) {
            String field = "answers[" + a.question().ordinal() + "]";
            errors.rejectIf(
                    a.evidence() != null && a.evidence().length() > MAX_EVIDENCE,
                    field + ".evidence",
                    "partnership.assessment.evidenceTooLong",
                    MAX_EVIDENCE);
            if (decision == Decision.GO) {
                errors.rejectIf(
                        a.rating() == null || a.rating() == Rating.NOT_RATED,
                        field + ".rating",
                        "partnership.assessment.rateFirst",
                        Message.of(a.question().labelKey()));
                errors.rejectIf(
                        a.evidence() == null || a.evidence().isBlank(),
                        field + ".evidence",
                        "partnership.assessment.evidenceFirst",
                        Message.of(a.question().labelKey()));
            }
        }
        long questions =
                answers.stream().map(AssessmentAnswer::question).distinct().count();
        errors.rejectIf(questions < answers.size(), "answers", "partnership.assessment.onceEach")
                .rejectIf(
                        decision == Decision.GO && questions < AssessmentQuestion.values().length,
                        "",
                        "partnership.assessment.allFour")
                .rejectIf(decision == null, "decision", "partnership.assessment.chooseDecision")
                .rejectIf(
                        decision != null && decision != Decision.UNDECIDED && (reason == null || reason.isBlank()),
                        "reason",
                        "partnership.assessment.reasonMissing")
                .rejectIf(
                        reason != null && reason.length() > MAX_REASON,
                        "reason",
                        "partnership.assessment.reasonTooLong",
                        MAX_REASON)
                .rejectIf(
                        decision == Decision.GO
                                && anyWeak(answers)
                                && (justification == null
                                        || justification.strip().length() < MIN_JUSTIFICATION),
                        "justification",
                        "partnership.assessment.justificationMissing",
                        MIN_JUSTIFICATION)
                .rejectIf(
                        justification != null && justification.length() > MAX_REASON,
                        "justification",
                        "partnership.assessment.justificationTooLong",
                        MAX_REASON)
                .throwIfAny();
    }
}
