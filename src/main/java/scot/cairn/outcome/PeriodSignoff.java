package scot.cairn.outcome;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;

/**
 * A period's values put forward for approval. Invariant: once approved it stays approved, and the approver is not the
 * person who submitted it.
 */
@Table("outcome_period_signoff")
record PeriodSignoff(
        @Id Long id,
        @Version Integer version,
        long partnershipId,
        String period,
        long submittedBy,
        Instant submittedAt,
        Long approvedBy,
        Instant approvedAt) {

    static PeriodSignoff submit(long partnershipId, Period period, long person, Instant now) {
        return new PeriodSignoff(null, null, partnershipId, period.toString(), person, now, null, null);
    }

    boolean approved() {
        return approvedBy != null;
    }

    PeriodSignoff approve(long person, Instant now) {
        if (approved()) {
            throw InvalidInputException.of("", period + " is already approved");
        }
        if (person == submittedBy) {
            throw InvalidInputException.of("", "A different person must approve " + period + ": you submitted it");
        }
        return new PeriodSignoff(id, version, partnershipId, period, submittedBy, submittedAt, person, now);
    }
}
