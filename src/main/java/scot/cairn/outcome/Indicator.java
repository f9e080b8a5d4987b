package scot.cairn.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A measurable sign of one outcome, with its unit, the direction that counts as better, baseline and target. */
@Table("outcome_indicator")
record Indicator(
        @Id Long id,
        @Version Integer version,
        long partnershipId,
        long outcomeId,
        String name,
        String definition,
        String unit,
        Direction direction,
        BigDecimal baseline,
        BigDecimal target,
        Frequency frequency,
        String source,
        Measure measure,
        Instant createdAt) {

    static Indicator create(long partnershipId, IndicatorDetails details, Instant now) {
        return new Indicator(
                        null,
                        null,
                        partnershipId,
                        details.outcomeId(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        now)
                .describe(details);
    }

    Indicator describe(IndicatorDetails details) {
        var d = details.normalised();
        return new Indicator(
                id,
                version,
                partnershipId,
                d.outcomeId(),
                d.name(),
                d.definition(),
                d.unit(),
                d.direction(),
                d.baseline(),
                d.target(),
                d.frequency(),
                d.source(),
                d.measure(),
                createdAt);
    }

    IndicatorDetails details() {
        return new IndicatorDetails(
                outcomeId, name, definition, unit, direction, baseline, target, frequency, source, measure);
    }
}
