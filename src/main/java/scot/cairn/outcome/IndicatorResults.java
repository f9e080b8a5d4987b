package scot.cairn.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import scot.cairn.outcome.FrameworkView.IndicatorView;

/**
 * One indicator's values for the whole population against its target, period by period in order, with the RAG status
 * of each and overall (the latest period with a value), and any values recorded for parts of the population
 * (breakdowns) by period and name. {@code chart} is null when there is nothing to draw.
 */
public record IndicatorResults(
        long partnershipId,
        String title,
        boolean editable,
        IndicatorView indicator,
        List<Row> rows,
        Rag overall,
        IndicatorChart chart,
        List<RevisionView> revisions,
        List<PartValue> parts) {

    /** A value for part of the population (a breakdown), and whether its period is approved. */
    public record PartValue(Period period, String breakdown, BigDecimal value, boolean approved) {}

    /** One period: target and actual (either may be null), actual minus target, status, and whether approved. */
    public record Row(
            Period period, BigDecimal target, BigDecimal actual, BigDecimal difference, Rag rag, boolean approved) {}

    /** The tolerance that still counts as Amber, as people read it. */
    public String tolerance() {
        return RagRule.TOLERANCE_TEXT;
    }

    /** Periods with a value. */
    public long measured() {
        return rows.stream().filter(r -> r.actual() != null).count();
    }

    /**
     * A correction of an approved value: the value it replaced, the new one, and who made it when. Breakdown is ""
     * for the whole population.
     */
    public record RevisionView(
            long measurementId,
            String period,
            String breakdown,
            int revision,
            BigDecimal oldValue,
            BigDecimal newValue,
            String changedBy,
            Instant changedAt) {}
}
