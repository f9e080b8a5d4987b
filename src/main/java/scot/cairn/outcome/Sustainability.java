package scot.cairn.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A partnership's sustainability evidence: the pilot budget, how many people took part, the volumes and service
 * metrics achieved, and the narrative on financial viability and what funders need. One per partnership; any part may
 * be missing until someone fills it in.
 */
@Table("outcome_sustainability")
record Sustainability(
        @Id Long id,
        @Version Integer version,
        long partnershipId,
        BigDecimal pilotBudget,
        Integer participants,
        String viability,
        String funderNeeds,
        long updatedBy,
        Instant updatedAt,

        @MappedCollection(idColumn = "sustainability_id", keyColumn = "position")
        List<Metric> metrics) {

    /** A named figure with its unit, such as "placements made: 14 placements". */
    @Table("outcome_sustainability_metric")
    record Metric(String name, BigDecimal amount, String unit) {}

    static Sustainability first(long partnershipId, SustainabilityDetails.Checked d, long person, Instant now) {
        return new Sustainability(null, null, partnershipId, null, null, null, null, person, now, List.of())
                .describe(d, person, now);
    }

    Sustainability describe(SustainabilityDetails.Checked d, long person, Instant now) {
        return new Sustainability(
                id,
                version,
                partnershipId,
                d.pilotBudget(),
                d.participants(),
                d.viability(),
                d.funderNeeds(),
                person,
                now,
                List.copyOf(d.metrics()));
    }

    /** True when the gate out of Pilot can rely on it: budget, participants and the viability narrative are there. */
    /** The least a narrative on financial viability must say to count: "TBC" is not a narrative. */
    static final int MIN_VIABILITY = 100;

    /** What the gate out of Pilot still needs, in words; empty when nothing. */
    java.util.List<String> missing() {
        var missing = new java.util.ArrayList<String>();
        if (pilotBudget == null) {
            missing.add("the pilot budget");
        }
        if (participants == null || participants <= 0) {
            missing.add("the number of participants (more than 0)");
        }
        if (viability == null || viability.strip().length() < MIN_VIABILITY) {
            missing.add("a narrative on financial viability of at least " + MIN_VIABILITY + " characters"
                    + (viability == null ? "" : " (it has " + viability.strip().length() + ")"));
        }
        return missing;
    }

    boolean complete() {
        return missing().isEmpty();
    }
}
