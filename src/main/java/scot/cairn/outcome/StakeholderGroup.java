package scot.cairn.outcome;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A group of people who experience a partnership's outcomes, such as "children in foster care". */
@Table("outcome_stakeholder_group")
record StakeholderGroup(
        @Id Long id, @Version Integer version, long partnershipId, String name, String description, Instant createdAt) {

    static StakeholderGroup create(long partnershipId, StakeholderDetails details, Instant now) {
        return new StakeholderGroup(null, null, partnershipId, null, null, now).describe(details);
    }

    StakeholderGroup describe(StakeholderDetails details) {
        var d = details.normalised();
        return new StakeholderGroup(id, version, partnershipId, d.name(), d.description(), createdAt);
    }

    StakeholderDetails details() {
        return new StakeholderDetails(name, description);
    }
}
