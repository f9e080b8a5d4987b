package scot.cairn.tendering;

import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;

/**
 * A requirement of the service specification (SR-1, SR-2...): in one section, in words, resting on evidence the
 * partnership holds. One without evidence is allowed but flagged for the board.
 */
@Table("tendering_requirement")
class Requirement {

    static final Limit EVIDENCE = new Limit(20, "tendering.limit.evidence");
    static final int TEXT = 2000;

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final long partnershipId;
    private final int number;
    private SpecSection section;
    private String text;

    @MappedCollection(idColumn = "requirement_id")
    private Set<Evidence> evidence;

    @PersistenceCreator
    Requirement(
            Long id,
            Integer version,
            long partnershipId,
            int number,
            SpecSection section,
            String text,
            Set<Evidence> evidence) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.number = number;
        this.section = section;
        this.text = text;
        this.evidence = evidence;
    }

    /** Checks the words and section before anything is numbered or saved. */
    static void check(RequirementDetails d) {
        new InvalidInputException.Collector()
                .rejectIf(d.section() == null, "section", "tendering.requirement.sectionMissing")
                .rejectIf(d.text() == null || d.text().isBlank(), "text", "tendering.requirement.textMissing")
                .rejectIf(
                        d.text() != null && d.text().strip().length() > TEXT,
                        "text",
                        "tendering.requirement.textTooLong",
                        TEXT)
                .throwIfAny();
        EVIDENCE.check("evidence", d.evidence().size());
    }

    static Requirement write(long partnershipId, int number, RequirementDetails d, Set<Evidence> evidence) {
        var made = new Requirement(null, null, partnershipId, number, null, null, Set.of());
        made.change(d, evidence);
        return made;
    }

    void change(RequirementDetails d, Set<Evidence> evidence) {
        check(d);
        this.section = d.section();
        this.text = d.text().strip();
        this.evidence = Set.copyOf(evidence);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long partnershipId() {
        return partnershipId;
    }

    int number() {
        return number;
    }

    SpecSection section() {
        return section;
    }

    String text() {
        return text;
    }

    Set<Evidence> evidence() {
        return Set.copyOf(evidence);
    }
}
