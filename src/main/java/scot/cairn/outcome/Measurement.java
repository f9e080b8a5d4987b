package scot.cairn.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One value of one indicator for one period and breakdown. The breakdown is "" for the whole population; there is at
 * most one measurement per indicator, period and breakdown. Once its period is approved, a correction keeps the
 * value it replaces as an earlier revision.
 */
@Table("outcome_measurement")
record Measurement(
        @Id Long id,
        @Version Integer version,
        long partnershipId,
        long indicatorId,
        String period,
        String breakdown,
        BigDecimal amount,
        String source,
        String notes,
        long enteredBy,
        Instant enteredAt,
        int revision,
        @MappedCollection(idColumn = "measurement_id") Set<MeasurementRevision> history) {

    static Measurement first(
            long partnershipId,
            long indicatorId,
            Period period,
            String breakdown,
            BigDecimal amount,
            String source,
            String notes,
            long person,
            Instant now) {
        return new Measurement(
                null,
                null,
                partnershipId,
                indicatorId,
                period.toString(),
                breakdown,
                amount,
                source,
                notes,
                person,
                now,
                1,
                Set.of());
    }

    /** The new value; when the period is approved the old one is kept as a revision, otherwise it is replaced. */
    Measurement corrected(BigDecimal newAmount, long person, Instant now, boolean approved) {
        if (!approved) {
            return new Measurement(
                    id,
                    version,
                    partnershipId,
                    indicatorId,
                    period,
                    breakdown,
                    newAmount,
                    source,
                    notes,
                    person,
                    now,
                    revision,
                    history);
        }
        var kept = new HashSet<>(history);
        kept.add(new MeasurementRevision(revision, amount, source, notes, enteredBy, enteredAt));
        return new Measurement(
                id,
                version,
                partnershipId,
                indicatorId,
                period,
                breakdown,
                newAmount,
                source,
                notes,
                person,
                now,
                revision + 1,
                kept);
    }
}
