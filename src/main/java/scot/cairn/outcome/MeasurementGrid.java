package scot.cairn.outcome;

import java.math.BigDecimal;
import java.util.List;

/**
 * The grid for one period: one cell per indicator measured at that period's frequency, in framework order, with the
 * value already recorded for the whole population (null when none). {@code otherIndicators} counts those measured at
 * the other frequency, which the grid for a month (or quarter) shows instead. {@code signoff} is null until the
 * period is submitted for approval. {@code approver} says whether the viewer sits on the board and so may approve.
 */
public record MeasurementGrid(
        long partnershipId,
        String title,
        boolean editable,
        boolean approver,
        Period period,
        List<Cell> cells,
        int otherIndicators,
        Signoff signoff) {

    /** Who submitted the period, and who approved it (null until approved). */
    public record Signoff(String submittedBy, String approvedBy) {

        public boolean approved() {
            return approvedBy != null;
        }
    }

    public record Cell(
            long indicatorId,
            String outcomeName,
            String indicatorName,
            String unit,
            BigDecimal target,
            BigDecimal value) {

        /** The input's id and name on the grid page. */
        public String field() {
            return "value-" + indicatorId;
        }
    }
}
