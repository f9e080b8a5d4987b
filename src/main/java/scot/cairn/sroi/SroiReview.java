package scot.cairn.sroi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;
import scot.cairn.outcome.Period;
import scot.cairn.partnership.JointApproval;
import scot.cairn.platform.InvalidInputException;

/**
 * A forecast-against-actual review of one pilot quarter. Invariants: the details were checked by the service (approved
 * forecast, evaluative analysis covering the quarter, a note); once signed off nothing changes, its figures included;
 * any change to a draft, or to the figures between one signature and the next, withdraws the signatures given so far.
 */
@Table("sroi_review")
class SroiReview {

    static final String LOCKED = "sroi.review.locked";

    @Id
    private Long id;

    @Version
    private Integer version;

    private final long partnershipId;
    private String quarter;
    private long forecastId;
    private long evaluativeId;
    private String note;
    private ReviewStatus status;
    private final Instant createdAt;
    private Instant signedOffAt;

    @MappedCollection(idColumn = "review_id")
    private Set<SroiReviewSignature> signatures;

    /** The figures the signatures so far were given on; empty until the first signature. */
    @MappedCollection(idColumn = "review_id", keyColumn = "position")
    private List<ReviewFigure> figures = new ArrayList<>();

    @PersistenceCreator
    SroiReview(Long id, Integer version, long partnershipId, Instant createdAt, Set<SroiReviewSignature> signatures) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.createdAt = createdAt;
        this.signatures = new HashSet<>(signatures);
    }

    static SroiReview start(
            long partnershipId, Period quarter, long forecastId, long evaluativeId, String note, Instant now) {
        var r = new SroiReview(null, null, partnershipId, now, Set.of());
        r.status = ReviewStatus.DRAFT;
        r.describe(quarter, forecastId, evaluativeId, note);
        return r;
    }

    /** Changes the draft; returns true when signatures were withdrawn. */
    boolean describe(Period quarter, long forecastId, long evaluativeId, String note) {
        checkDraft();
        boolean withdrawn = !signatures.isEmpty();
        signatures.clear();
        figures.clear();
        this.quarter = quarter.toString();
        this.forecastId = forecastId;
        this.evaluativeId = evaluativeId;
        this.note = note.strip();
        return withdrawn;
    }

    /**
     * Records a signature on the figures as {@code shown} now; signed off, with those figures kept, once the board's
     * joint approval is met. When the figures differ from those earlier signers saw, their signatures are withdrawn.
     *
     * @return true when earlier signatures were withdrawn
     */
    boolean sign(long personId, Long organisationId, Sector sector, List<ReviewFigure> shown, Instant now) {
        checkDraft();
        if (signatures.stream().anyMatch(s -> s.personId() == personId)) {
            throw InvalidInputException.of("", "sroi.review.alreadySigned");
        }
        boolean withdrawn = false;
        if (!figures.equals(shown)) {
            withdrawn = !signatures.isEmpty();
            signatures.clear();
            figures.clear();
            figures.addAll(shown);
        }
        signatures.add(new SroiReviewSignature(personId, organisationId, sector, now));
        if (JointApproval.of(
                        signatures.stream().map(SroiReviewSignature::sector).toList())
                .met()) {
            status = ReviewStatus.SIGNED_OFF;
            signedOffAt = now;
        }
        return withdrawn;
    }

    /** The figures signed so far (all of them once signed off); empty before the first signature. */
    List<ReviewFigure> figures() {
        return List.copyOf(figures);
    }

    void checkDraft() {
        if (status == ReviewStatus.SIGNED_OFF) {
            throw InvalidInputException.of("", LOCKED);
        }
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

    Period quarter() {
        return Period.parse(quarter).orElseThrow();
    }

    long forecastId() {
        return forecastId;
    }

    long evaluativeId() {
        return evaluativeId;
    }

    String note() {
        return note;
    }

    ReviewStatus status() {
        return status;
    }

    Instant signedOffAt() {
        return signedOffAt;
    }

    List<SroiReviewSignature> signatures() {
        return signatures.stream()
                .sorted(Comparator.comparing(SroiReviewSignature::signedAt))
                .toList();
    }
}
