package scot.cairn.partnership.web;

import java.util.ArrayList;
import java.util.List;
import scot.cairn.partnership.AssessmentQuestion;
import scot.cairn.partnership.AssessmentView;
import scot.cairn.partnership.Decision;
import scot.cairn.partnership.Rating;

/**
 * The appropriateness assessment form: answer {@code i} is for question {@code AssessmentQuestion.values()[i]}, so the
 * service's errors for {@code answers[i].evidence} and {@code answers[i].rating} land on it. Always holds one answer
 * per question, however many the browser sent.
 */
record AssessmentForm(Integer version, List<Answer> answers, Decision decision, String reason, String justification) {

    private static final List<AssessmentQuestion> QUESTIONS = List.of(AssessmentQuestion.values());

    AssessmentForm {
        var rows = new ArrayList<Answer>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            Answer answer = answers != null && i < answers.size() ? answers.get(i) : null;
            rows.add(answer == null ? new Answer(null, null) : answer);
        }
        answers = rows;
    }

    /** The evidence for one question and its rating; a missing rating counts as not yet rated. */
    record Answer(String evidence, Rating rating) {}

    static AssessmentForm of(AssessmentView view) {
        return new AssessmentForm(
                view.version(),
                view.answers().stream()
                        .map(a -> new Answer(a.evidence(), a.rating()))
                        .toList(),
                view.decision(),
                view.reason(),
                view.justification());
    }

    AssessmentView.Decided decided() {
        return new AssessmentView.Decided(toAnswers(), decision, reason, justification);
    }

    List<AssessmentView.Answer> toAnswers() {
        var list = new ArrayList<AssessmentView.Answer>();
        for (int i = 0; i < QUESTIONS.size(); i++) {
            var a = answers.get(i);
            list.add(new AssessmentView.Answer(QUESTIONS.get(i), a.evidence(), a.rating()));
        }
        return list;
    }
}
