package scot.cairn.outcome;

import java.math.BigDecimal;
import java.util.List;

/**
 * The grid for one period: one cell per indicator measured at that period's frequency, in framework order, with the
 * value already recorded for the whole population (null when none) and any values recorded for parts of it
 * (breakdowns). {@code otherIndicators} counts those measured at the other frequency, which the grid for a month (or
 * quarter) shows instead. {@code ended} says whether the period is over, so values can be entered. {@code signoff} is
 * null until the period is submitted for approval. {@code approver} says whether the viewer may approve it.
 */
public record MeasurementGrid(
        long partnershipId,
        String title,
        boolean editable,
        boolean approver,
        Period period,
        boolean ended,
        List<Cell> cells,
        int otherIndicators,
        SignoffView signoff,
        boolean viewerHasApproved) {

    /** A value recorded for part of the population, such as "Boys" or "Falkirk East". */
    public record Breakdown(String name, BigDecimal value) {}

    public record Cell(
            long indicatorId,
            String outcomeName,
            String indicatorName,
            String unit,
            BigDecimal target,
            BigDecimal value,
            List<Breakdown> breakdowns) {

        /** The input's id and name on the grid page. */
        public String field() {
            return "value-" + indicatorId;
        }
    }

    /** True when the viewer may enter values: they edit evidence and the period is over. */
    public boolean entryOpen() {
        return editable && ended;
    }

    /** True when the viewer may approve the period now. */
    public boolean mayApprove() {
        return approver && signoff != null && !signoff.approved() && !viewerHasApproved;
    }
}
