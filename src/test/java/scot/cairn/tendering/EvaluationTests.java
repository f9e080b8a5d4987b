package scot.cairn.tendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The totals: questions by their moderated score, price by the lowest price over the bid's, ranks and lots. */
class EvaluationTests {

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void questionsCountByTheirScoreAndPriceByTheLowestOverTheBidsPrice() {
        var questions = List.of(new Evaluation.Question(1, 40), new Evaluation.Question(2, 20));
        var bids = List.of(
                new Evaluation.Bid(10, Map.of(0, money("400000"))), new Evaluation.Bid(11, Map.of(0, money("500000"))));
        var rows = Evaluation.rank(questions, bids, Map.of(1, Map.of(10L, 3, 11L, 5), 2, Map.of(10L, 4, 11L, 4)), 40);
        // Bid 10: 3/5 x 40 = 24, 4/5 x 20 = 16, price 400,000 / 400,000 x 40 = 40: 80.
        // Bid 11: 5/5 x 40 = 40, 16, price 400,000 / 500,000 x 40 = 32: 88, so first.
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).bidId()).isEqualTo(11);
        assertThat(rows.get(0).total()).isEqualByComparingTo("88");
        assertThat(rows.get(0).rank()).isEqualTo(1);
        assertThat(rows.get(1).total()).isEqualByComparingTo("80");
        assertThat(rows.get(1).pricePoints()).isEqualByComparingTo("40");
        assertThat(rows.get(1).points()).containsEntry(1, money("24.00"));
        assertThat(rows).allMatch(Evaluation.Row::complete);
    }

    @Test
    void equalTotalsShareARankAndUnmoderatedQuestionsLeaveTheTotalIncomplete() {
        var questions = List.of(new Evaluation.Question(1, 70));
        var bids = List.of(
                new Evaluation.Bid(1, Map.of(0, money("100"))),
                new Evaluation.Bid(2, Map.of(0, money("100"))),
                new Evaluation.Bid(3, Map.of(0, money("300"))));
        var rows = Evaluation.rank(questions, bids, Map.of(1, Map.of(1L, 2, 2L, 2)), 30);
        assertThat(rows).extracting(Evaluation.Row::rank).containsExactly(1, 1, 3);
        assertThat(rows.get(2).complete()).isFalse();
        assertThat(rows.get(2).total()).isEqualByComparingTo("10");
    }

    @Test
    void eachLotIsRankedAmongTheBidsThatPriceIt() {
        var questions = List.of(new Evaluation.Question(1, 60));
        var bids = List.of(
                new Evaluation.Bid(1, Map.of(1, money("1000"), 2, money("3000"))),
                new Evaluation.Bid(2, Map.of(2, money("2000"))));
        var rows = Evaluation.rank(questions, bids, Map.of(1, Map.of(1L, 5, 2L, 5)), 40);
        assertThat(rows).extracting(Evaluation.Row::lot).containsExactly(1, 2, 2);
        assertThat(rows.get(0).pricePoints()).isEqualByComparingTo("40");
        assertThat(rows.get(1).bidId()).isEqualTo(2);
        assertThat(rows.get(2).pricePoints()).isEqualByComparingTo("26.67");
        assertThat(Evaluation.rank(questions, List.of(), Map.of(), 40)).isEmpty();
    }
}
