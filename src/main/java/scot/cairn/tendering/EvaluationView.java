package scot.cairn.tendering;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A tender's evaluation as its officers see it: who evaluates each question, how far scoring and moderation have
 * come, and the totals and ranks lot by lot; for an evaluator, the questions they score.
 *
 * @param officer whether the reader appoints evaluators and moderates (sees the matrix and every score)
 * @param myQuestions the question numbers the reader evaluates
 * @param rows the bids' totals, lot by lot and best first (empty for an evaluator)
 */
public record EvaluationView(
        boolean officer,
        boolean opened,
        List<QuestionRow> questions,
        List<Integer> myQuestions,
        Map<Long, String> bidders,
        List<Evaluation.Row> rows,
        int scaleMax) {

    /**
     * A question with its evaluators and progress.
     *
     * @param scored how many bid scores its evaluators have given, of {@code expected}
     * @param moderated how many bids have a moderated score for it
     */
    public record QuestionRow(
            long id,
            int number,
            String reference,
            QuestionCriterion criterion,
            String text,
            int weight,
            List<String> evaluators,
            int scored,
            int expected,
            int moderated) {}

    /** The lots bid for, in order (0 for a tender without lots). */
    public List<Integer> lots() {
        return rows.stream().map(Evaluation.Row::lot).distinct().sorted().toList();
    }

    /** The totals of one lot, for the page. */
    public BigDecimal total(long bidId, int lot) {
        return rows.stream()
                .filter(r -> r.bidId() == bidId && r.lot() == lot)
                .map(Evaluation.Row::total)
                .findFirst()
                .orElse(null);
    }
}
