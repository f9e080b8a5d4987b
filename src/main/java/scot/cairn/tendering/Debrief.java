package scot.cairn.tendering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an unsuccessful bidder is told once the board has approved an award for a lot it bid for: its own points on
 * each question and for price, its total and rank, the successful bid's points beside them (where it scored higher,
 * the relative advantage), and when the standstill ends. The successful bidder is told it was chosen.
 *
 * @param bids how many bids the lot had
 * @param winner the organisation whose bid was successful, as the award notice names it
 * @param standstillOver whether the standstill has ended (Scottish time)
 */
public record Debrief(
        int lot,
        boolean successful,
        int rank,
        int bids,
        String winner,
        BigDecimal total,
        BigDecimal winnerTotal,
        List<Line> lines,
        LocalDate standstillEnd,
        boolean standstillOver) {

    /** One question's points (or price, reference null), the bidder's and the successful bid's. */
    public record Line(String reference, BigDecimal points, BigDecimal winnerPoints) {

        /** Whether the successful bid scored higher here. */
        public boolean advantage() {
            return winnerPoints != null && points != null && winnerPoints.compareTo(points) > 0;
        }
    }
}
