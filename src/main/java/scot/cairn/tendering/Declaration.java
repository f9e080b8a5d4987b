package scot.cairn.tendering;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;

/**
 * One person's declaration of interests in one partnership. It says either that there is nothing to declare or what
 * the interests are; it waits for review until reviewed, and any change sends it back to wait, clearing the review
 * (the audit trail keeps the old one). Nobody reviews their own.
 */
@Table("tendering_declaration")
class Declaration {

    static final Limit INTERESTS = new Limit(20, "tendering.limit.interests");
    static final int DESCRIPTION = 1000;
    static final int NOTE = 2000;

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final long partnershipId;
    private final long personId;
    private boolean nothingToDeclare;
    private Instant declaredAt;
    private DeclarationStatus status;
    private ConflictRisk risk;
    private String measures;
    private String reviewNote;
    private Long reviewedBy;
    private Instant reviewedAt;

    @MappedCollection(idColumn = "declaration_id", keyColumn = "position")
    private List<Interest> interests;

    @PersistenceCreator
    Declaration(
            Long id,
            Integer version,
            long partnershipId,
            long personId,
            boolean nothingToDeclare,
            Instant declaredAt,
            DeclarationStatus status,
            ConflictRisk risk,
            String measures,
            String reviewNote,
            Long reviewedBy,
            Instant reviewedAt,
            List<Interest> interests) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.personId = personId;
        this.nothingToDeclare = nothingToDeclare;
        this.declaredAt = declaredAt;
        this.status = status;
        this.risk = risk;
        this.measures = measures;
        this.reviewNote = reviewNote;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = reviewedAt;
        this.interests = interests;
    }

    /** A first declaration, checked as {@link #change} checks it. */
    static Declaration make(long partnershipId, long personId, DeclarationDetails d, Set<Long> partners, Instant at) {
        var made = new Declaration(
                null,
                null,
                partnershipId,
                personId,
                false,
                at,
                DeclarationStatus.WAITING,
                null,
                null,
                null,
                null,
                null,
                List.of());
        made.change(d, partners, at);
        return made;
    }

    /** Replaces what is declared and sends the declaration back for review. */
    void change(DeclarationDetails d, Set<Long> partners, Instant at) {
        check(d, partners);
        this.nothingToDeclare = d.nothingToDeclare();
        this.interests = d.given().stream()
                .map(i -> new Interest(
                        i.kind(), i.organisationId(), i.description().strip()))
                .toList();
        this.declaredAt = at;
        this.status = DeclarationStatus.WAITING;
        this.risk = null;
        this.measures = null;
        this.reviewNote = null;
        this.reviewedBy = null;
        this.reviewedAt = null;
    }

    /** Whether the details say exactly what the declaration says now, so saving them would change nothing. */
    boolean sameAs(DeclarationDetails d) {
        var given = d.given().stream()
                .map(i -> new Interest(
                        i.kind(),
                        i.organisationId(),
                        i.description() == null ? null : i.description().strip()))
                .toList();
        return nothingToDeclare == d.nothingToDeclare() && interests.equals(given);
    }

    private static void check(DeclarationDetails d, Set<Long> partners) {
        var errors = new InvalidInputException.Collector()
                .rejectIf(
                        d.nothingToDeclare() && !d.given().isEmpty(),
                        "nothingToDeclare",
                        "tendering.declaration.bothGiven")
                .rejectIf(
                        !d.nothingToDeclare() && d.given().isEmpty(),
                        "nothingToDeclare",
                        "tendering.declaration.nothingGiven");
        for (int n = 0; n < d.interests().size(); n++) {
            var i = d.interests().get(n);
            if (i.blank()) {
                continue;
            }
            var field = "interests[" + n + "].";
            errors.rejectIf(i.kind() == null, field + "kind", "tendering.interest.kindMissing", n + 1)
                    .rejectIf(
                            i.description() == null || i.description().isBlank(),
                            field + "description",
                            "tendering.interest.descriptionMissing",
                            n + 1)
                    .rejectIf(
                            i.description() != null && i.description().strip().length() > DESCRIPTION,
                            field + "description",
                            "tendering.interest.descriptionTooLong",
                            n + 1,
                            DESCRIPTION)
                    .rejectIf(
                            i.organisationId() != null && !partners.contains(i.organisationId()),
                            field + "organisationId",
                            "tendering.interest.notPartner",
                            n + 1)
                    .rejectIf(
                            i.organisationId() == null
                                    && (i.kind() == InterestKind.EMPLOYER || i.kind() == InterestKind.ORGANISATION),
                            field + "organisationId",
                            "tendering.interest.organisationMissing",
                            n + 1);
        }
        errors.throwIfAny();
        INTERESTS.check("interests", d.given().size());
    }

    /** Records the review of a waiting declaration by someone other than its person. */
    void review(ReviewDetails r, long by, Instant at) {
        var note = r.note() == null ? "" : r.note().strip();
        new InvalidInputException.Collector()
                .rejectIf(status != DeclarationStatus.WAITING, "", "tendering.review.done")
                .rejectIf(by == personId, "", "tendering.review.own")
                .rejectIf(r.risk() == null, "risk", "tendering.review.riskMissing")
                .rejectIf(
                        r.risk() != null
                                && r.risk() != ConflictRisk.NONE
                                && r.measures().isEmpty(),
                        "measures",
                        "tendering.review.measuresMissing")
                .rejectIf(
                        r.risk() == ConflictRisk.RELEVANT && !r.measures().contains(Measure.KEPT_OUT_OF_EVALUATION),
                        "measures",
                        "tendering.review.relevantNotKeptOut")
                .rejectIf(
                        r.risk() == ConflictRisk.NONE && !r.measures().isEmpty(), "measures", "tendering.review.noRisk")
                .rejectIf(note.length() > NOTE, "note", "tendering.review.noteTooLong", NOTE)
                .throwIfAny();
        this.status = DeclarationStatus.REVIEWED;
        this.risk = r.risk();
        this.measures = r.measures().isEmpty()
                ? null
                : r.measures().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.reviewNote = note.isEmpty() ? null : note;
        this.reviewedBy = by;
        this.reviewedAt = at;
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

    long personId() {
        return personId;
    }

    boolean nothingToDeclare() {
        return nothingToDeclare;
    }

    Instant declaredAt() {
        return declaredAt;
    }

    DeclarationStatus status() {
        return status;
    }

    ConflictRisk risk() {
        return risk;
    }

    /** The measures in their declared order; empty when none. */
    Set<Measure> measures() {
        if (measures == null) {
            return Set.of();
        }
        var set = EnumSet.noneOf(Measure.class);
        Arrays.stream(measures.split(",")).map(Measure::valueOf).forEach(set::add);
        return set;
    }

    String reviewNote() {
        return reviewNote;
    }

    Long reviewedBy() {
        return reviewedBy;
    }

    Instant reviewedAt() {
        return reviewedAt;
    }

    List<Interest> interests() {
        return List.copyOf(interests);
    }
}
