package scot.cairn.risk;

import java.time.Instant;
import java.time.LocalDate;
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
import scot.cairn.platform.InvalidInputException;

/**
 * One entry in a partnership's register, numbered ... Invariants: likelihood and impact stay within 1 to 5; a
 * closed item is not reviewed; an issue never becomes a risk again; reviews are only ever added, and the latest one
 * sets the current scores and the next review date. Who may change it and whether its owner takes part are checked by
 * the service, which knows the partnership.
 */
@Table("risk_risk")
class Risk {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private final int number;
    private RiskKind kind;
    private String title;
    private String description;
    private RiskCategory category;
    private Long ownerId;
    private int likelihood;
    private int impact;
    private Proximity proximity;
    private RiskResponse response;
    private Integer residualLikelihood;
    private Integer residualImpact;
    private boolean escalate;
    private LocalDate nextReview;
    private RiskStatus status;
    private final Long raisedBy;
    private final Instant raisedAt;

    @MappedCollection(idColumn = "risk_id")
    private final Set<RiskReview> reviews;

    @MappedCollection(idColumn = "risk_id", keyColumn = "position")
    private final List<RiskAction> actions;

    @PersistenceCreator
    Risk(
            Long id,
            Integer version,
            Long partnershipId,
            int number,
            RiskKind kind,
            String title,
            String description,
            RiskCategory category,
            Long ownerId,
            int likelihood,
            int impact,
            Proximity proximity,
            RiskResponse response,
            Integer residualLikelihood,
            Integer residualImpact,
            boolean escalate,
            LocalDate nextReview,
            RiskStatus status,
            Long raisedBy,
            Instant raisedAt,
            Set<RiskReview> reviews,
            List<RiskAction> actions) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.number = number;
        this.kind = kind;
        this.title = title;
        this.description = description;
        this.category = category;
        this.ownerId = ownerId;
        this.likelihood = likelihood;
        this.impact = impact;
        this.proximity = proximity;
        this.response = response;
        this.residualLikelihood = residualLikelihood;
        this.residualImpact = residualImpact;
        this.escalate = escalate;
        this.nextReview = nextReview;
        this.status = status;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.reviews = reviews == null ? new HashSet<>() : new HashSet<>(reviews);
        this.actions = actions == null ? new ArrayList<>() : new ArrayList<>(actions);
    }

    /** A new open item; the details must have passed {@link RiskInput#check}. */
    static Risk raise(long partnershipId, int number, RiskDetails d, long by, Instant now) {
        var r = new Risk(
                null,
                null,
                partnershipId,
                number,
                d.kind(),
                null,
                null,
                null,
                null,
                1,
                1,
                null,
                null,
                null,
                null,
                false,
                null,
                RiskStatus.OPEN,
                by,
                now,
                Set.of(),
                List.of());
        r.apply(d);
        return r;
    }

    /** Changes the item as the details say; an issue may not go back to being a risk. */
    void change(RiskDetails d) {
        if (kind == RiskKind.ISSUE && d.kind() == RiskKind.RISK) {
            throw InvalidInputException.of("kind", "risk.edit.issueStaysIssue");
        }
        kind = d.kind();
        status = d.status() == null ? status : d.status();
        apply(d);
    }

    private void apply(RiskDetails d) {
        title = d.title().strip();
        description = RiskInput.optional(d.description());
        category = d.category();
        ownerId = d.ownerId();
        likelihood = d.likelihood();
        impact = d.impact();
        proximity = d.proximity();
        response = d.response();
        residualLikelihood = d.residualLikelihood();
        residualImpact = d.residualImpact();
        escalate = d.escalate();
        nextReview = d.nextReview();
    }

    /**
     * Records a review: its scores become the item's own and the next review is due when it says. A review dated before
     * the latest one is refused, so the latest review always sets the scores.
     */
    void review(ReviewDetails r, long reviewer, Instant now) {
        if (status == RiskStatus.CLOSED) {
            throw InvalidInputException.of("", "risk.review.closed");
        }
        var latest = reviews.stream().map(RiskReview::reviewedOn).max(LocalDate::compareTo);
        if (latest.isPresent() && r.reviewedOn().isBefore(latest.get())) {
            throw InvalidInputException.of(
                    "reviewedOn", "risk.review.beforeLatest", latest.get().toString());
        }
        RiskLimits.REVIEWS.check("", reviews.size() + 1);
        reviews.add(new RiskReview(
                r.reviewedOn(),
                reviewer,
                r.likelihood(),
                r.impact(),
                r.residualLikelihood(),
                r.residualImpact(),
                RiskInput.optional(r.note()),
                now));
        likelihood = r.likelihood();
        impact = r.impact();
        residualLikelihood = r.residualLikelihood();
        residualImpact = r.residualImpact();
        nextReview = r.nextReview();
    }

    /** Adds an action to an open item; the details must have passed {@link RiskInput#check}. */
    void addAction(ActionDetails a) {
        if (status == RiskStatus.CLOSED) {
            throw InvalidInputException.of("", "risk.action.closed");
        }
        RiskLimits.ACTIONS.check("", actions.size() + 1);
        actions.add(new RiskAction(a.description().strip(), a.ownerId(), a.due(), null));
    }

    /** Marks action {@code number} (1 for the first) done on the day; refused when there is none or it is done. */
    void completeAction(int number, LocalDate on) {
        if (status == RiskStatus.CLOSED) {
            throw InvalidInputException.of("", "risk.action.closed");
        }
        if (number < 1 || number > actions.size()) {
            throw InvalidInputException.of("", "risk.action.unknown", number);
        }
        var a = actions.get(number - 1);
        if (a.doneOn() != null) {
            throw InvalidInputException.of("", "risk.action.alreadyDone", number);
        }
        actions.set(number - 1, a.done(on));
    }

    List<RiskAction> actions() {
        return List.copyOf(actions);
    }

    int score() {
        return RiskScore.of(likelihood, impact);
    }

    Integer residualScore() {
        return residualLikelihood == null ? null : RiskScore.of(residualLikelihood, residualImpact);
    }

    /** The reviews, latest first. */
    List<RiskReview> history() {
        var all = new ArrayList<>(reviews);
        all.sort(Comparator.comparing(RiskReview::reviewedOn)
                .thenComparing(RiskReview::recordedAt)
                .reversed());
        return all;
    }

    String reference() {
        return "R-" + number;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    Long partnershipId() {
        return partnershipId;
    }

    int number() {
        return number;
    }

    RiskKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    String description() {
        return description;
    }

    RiskCategory category() {
        return category;
    }

    Long ownerId() {
        return ownerId;
    }

    int likelihood() {
        return likelihood;
    }

    int impact() {
        return impact;
    }

    Proximity proximity() {
        return proximity;
    }

    RiskResponse response() {
        return response;
    }

    Integer residualLikelihood() {
        return residualLikelihood;
    }

    Integer residualImpact() {
        return residualImpact;
    }

    boolean escalate() {
        return escalate;
    }

    LocalDate nextReview() {
        return nextReview;
    }

    RiskStatus status() {
        return status;
    }

    Long raisedBy() {
        return raisedBy;
    }

    Instant raisedAt() {
        return raisedAt;
    }
}
