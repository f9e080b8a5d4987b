package scot.cairn.outcome;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.Message;

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

    /** The least a narrative on financial viability must say to count: "TBC" is not a narrative. */
    static final int MIN_VIABILITY = 100;

    /** What the gate out of Pilot still needs; empty when nothing. */
    List<Message> missing() {
        return missing(pilotBudget, participants, viability);
    }

    /** What evidence with these values would still need for the gate out of Pilot; empty when nothing. */
    static List<Message> missing(BigDecimal pilotBudget, Integer participants, String viability) {
        var missing = new java.util.ArrayList<Message>();
        if (pilotBudget == null) {
            missing.add(Message.of("outcome.gate.needsBudget"));
        }
        if (participants == null || participants <= 0) {
            missing.add(Message.of("outcome.gate.needsParticipants"));
        }
        if (viability == null) {
            missing.add(Message.of("outcome.gate.needsViability", MIN_VIABILITY));
        } else if (viability.strip().length() < MIN_VIABILITY) {
            missing.add(Message.of(
                    "outcome.gate.viabilityTooShort",
                    MIN_VIABILITY,
                    viability.strip().length()));
        }
        return missing;
    }

    boolean complete() {
        return missing().isEmpty();
    }
}
