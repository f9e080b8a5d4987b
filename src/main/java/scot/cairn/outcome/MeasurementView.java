package scot.cairn.outcome;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One recorded value, with who entered it (null when they have been removed from the directory) and when. Breakdown is
 * "" for the whole population; revision counts from 1 and rises with each correction made after the period was
 * approved.
 */
public record MeasurementView(
        long id,
        int version,
        long indicatorId,
        String indicatorName,
        String period,
        String breakdown,
        BigDecimal value,
        String source,
        String notes,
        String enteredBy,
        Instant enteredAt,
        int revision) {}
