package scot.cairn.partnership;

import java.util.List;
import scot.cairn.platform.InvalidInputException;

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
                    "Evidence must be " + MAX_EVIDENCE + " characters or fewer");
            if (decision == Decision.GO) {
                errors.rejectIf(
                        a.rating() == null || a.rating() == Rating.NOT_RATED,
                        field + ".rating",
                        "Rate \"" + a.question().question() + "\" before deciding to go ahead");
                errors.rejectIf(
                        a.evidence() == null || a.evidence().isBlank(),
                        field + ".evidence",
                        "Give evidence for \"" + a.question().question() + "\" before deciding to go ahead");
            }
        }
        long questions =
                answers.stream().map(AssessmentAnswer::question).distinct().count();
        errors.rejectIf(questions < answers.size(), "answers", "Answer each question at most once")
                .rejectIf(
                        decision == Decision.GO && questions < AssessmentQuestion.values().length,
                        "",
                        "Answer all four questions before deciding to go ahead")
                .rejectIf(decision == null, "decision", "Choose a decision")
                .rejectIf(
                        decision != null && decision != Decision.UNDECIDED && (reason == null || reason.isBlank()),
                        "reason",
                        "Give the reasons for the decision")
                .rejectIf(
                        reason != null && reason.length() > MAX_REASON,
                        "reason",
                        "Reasons must be " + MAX_REASON + " characters or fewer")
                .rejectIf(
                        decision == Decision.GO
                                && anyWeak(answers)
                                && (justification == null
                                        || justification.strip().length() < MIN_JUSTIFICATION),
                        "justification",
                        "Some evidence is rated Weak: explain in at least " + MIN_JUSTIFICATION
                                + " characters why the partnership should still go ahead")
                .rejectIf(
                        justification != null && justification.length() > MAX_REASON,
                        "justification",
                        "The explanation must be " + MAX_REASON + " characters or fewer")
                .throwIfAny();
    }
}
