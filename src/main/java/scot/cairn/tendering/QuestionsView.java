package scot.cairn.tendering;

import java.util.List;

/**
 * A tender's questions with how much they weigh under each criterion against the criterion's weight: the questions
 * should account for all of it before the tender is published.
 */
public record QuestionsView(List<QuestionView> questions, List<Share> shares, boolean mayEdit) {

    /** A question, Q1, Q2... */
    public record QuestionView(long id, int version, String reference, QuestionDetails question) {}

    /** The questions' weight under a criterion and the criterion's own weight, in percent. */
    public record Share(QuestionCriterion criterion, int questions, int criterionWeight) {

        public boolean complete() {
            return questions == criterionWeight;
        }
    }
}
