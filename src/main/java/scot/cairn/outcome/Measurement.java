package scot.cairn.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One value of one indicator for one period and breakdown. The breakdown is "" for the whole population; there is at
 * most one measurement per indicator, period and breakdown.
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
        Instant enteredAt) {

    Measurement corrected(BigDecimal newAmount, String newSource, String newNotes, long person, Instant now) {
        return new Measurement(
                id,
                version,
                partnershipId,
                indicatorId,
                period,
                breakdown,
                newAmount,
                newSource,
                newNotes,
                person,
                now);
    }
}
