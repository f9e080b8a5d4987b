package scot.cairn.outcome;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A change one stakeholder group experiences, such as "children stay in a stable placement". */
@Table("outcome_outcome")
record Outcome(
        @Id Long id,
        @Version Integer version,
        long partnershipId,
        long stakeholderGroupId,
        String name,
        String description,
        Instant createdAt) {

    static Outcome create(long partnershipId, OutcomeDetails details, Instant now) {
        return new Outcome(null, null, partnershipId, details.stakeholderGroupId(), null, null, now).describe(details);
    }

    Outcome describe(OutcomeDetails details) {
        var d = details.normalised();
        return new Outcome(id, version, partnershipId, d.stakeholderGroupId(), d.name(), d.description(), createdAt);
    }

    OutcomeDetails details() {
        return new OutcomeDetails(stakeholderGroupId, name, description);
    }
}
