package scot.cairn.tendering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The totals of a tender's bids, lot by lot (lot 0 for a tender without lots). Each question gives its moderated score
 * divided by the top of the scale times its weight; price gives the lowest price bid for the lot divided by the bid's
 * price, times the price weight; the total is their sum, to two decimal places, and the bids are ranked by it (equal
 * totals share a rank). A bid counts in a lot only when it prices that lot. No Spring: a calculation.
 */
public final class Evaluation {

    /** The top of the scoring scale: a question is scored from 0 to this. */
    public static final int SCALE_MAX = 5;

    private Evaluation() {}

    /** A question: its number and its weight in percent of the whole score. */
    public record Question(int number, int weight) {}

    /** A bid: its id and its price for each lot it bids for. */
    public record Bid(long id, Map<Integer, BigDecimal> prices) {}

    /**
     * A bid's result in one lot.
     *
     * @param points each question's points by question number (absent while not moderated)
     * @param complete whether every question is moderated, so that the total is final
     */
    public record Row(
            int lot,
            long bidId,
            Map<Integer, BigDecimal> points,
            BigDecimal pricePoints,
            BigDecimal total,
            int rank,
            boolean complete) {}

    /**
     * The rows of every lot, lot by lot and best first.
     *
     * @param moderated moderated scores by question number, then by bid id
     */
    public static List<Row> rank(
            List<Question> questions, List<Bid> bids, Map<Integer, Map<Long, Integer>> moderated, int priceWeight) {
        var lots = new TreeSet<Integer>();
        bids.forEach(b -> lots.addAll(b.prices().keySet()));
        var rows = new ArrayList<Row>();
        for (int lot : lots) {
            var inLot = bids.stream().filter(b -> b.prices().containsKey(lot)).toList();
            var lowest = inLot.stream()
                    .map(b -> b.prices().get(lot))
                    .min(Comparator.naturalOrder())
                    .orElseThrow();
            var unranked = new ArrayList<Row>();
            for (var b : inLot) {
                var points = new java.util.TreeMap<Integer, BigDecimal>();
                boolean complete = true;
                var total = BigDecimal.ZERO;
                for (var q : questions) {
                    var score = moderated.getOrDefault(q.number(), Map.of()).get(b.id());
                    if (score == null) {
                        complete = false;
                        continue;
                    }
                    var p = BigDecimal.valueOf((long) score * q.weight())
                            .divide(BigDecimal.valueOf(SCALE_MAX), 2, RoundingMode.HALF_UP);
                    points.put(q.number(), p);
                    total = total.add(p);
                }
                var price = lowest.multiply(BigDecimal.valueOf(priceWeight))
                        .divide(b.prices().get(lot), 2, RoundingMode.HALF_UP);
                unranked.add(new Row(lot, b.id(), points, price, total.add(price), 0, complete));
            }
            unranked.sort(Comparator.comparing(Row::total).reversed().thenComparing(Row::bidId));
            int rank = 0;
            BigDecimal last = null;
            for (int i = 0; i < unranked.size(); i++) {
                var r = unranked.get(i);
                if (last == null || r.total().compareTo(last) != 0) {
                    rank = i + 1;
                    last = r.total();
                }
                rows.add(new Row(r.lot(), r.bidId(), r.points(), r.pricePoints(), r.total(), rank, r.complete()));
            }
        }
        return rows;
    }
}
