package scot.cairn.outcome;

import java.time.Instant;
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
import scot.cairn.partnership.JointApproval;
import scot.cairn.platform.InvalidInputException;

/**
 * A period's values put forward for the board's approval. Invariants: a board member approves at most once; the
 * period is approved once the approvals meet the {@link JointApproval} rule; when any of its values changes after it
 * was submitted, every approval given so far is withdrawn and it waits for approval again, because those approvals were
 * for other figures.
 */
@Table("outcome_period_signoff")
class PeriodSignoff {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final long partnershipId;
    private final String period;
    private final long submittedBy;
    private final Instant submittedAt;
    private Instant approvedAt;
    private Instant reopenedAt;

    @MappedCollection(idColumn = "signoff_id")
    private final Set<PeriodApproval> approvals;

    @PersistenceCreator
    PeriodSignoff(
            Long id,
            Integer version,
            long partnershipId,
            String period,
            long submittedBy,
            Instant submittedAt,
            Instant approvedAt,
            Instant reopenedAt,
            Set<PeriodApproval> approvals) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.period = period;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.approvedAt = approvedAt;
        this.reopenedAt = reopenedAt;
        this.approvals = new HashSet<>(approvals);
    }

    static PeriodSignoff submit(long partnershipId, Period period, long person, Instant now) {
        return new PeriodSignoff(null, null, partnershipId, period.toString(), person, now, null, null, Set.of());
    }

    boolean approved() {
        return approvedAt != null;
    }

    /**
     * Records a board member's approval of the values as they are.
     *
     * @return true when this approval made the period approved
     */
    boolean approve(long person, Long organisationId, Sector sector, Instant now) {
        if (approved()) {
            throw InvalidInputException.of("", "outcome.signoff.alreadyApproved", period);
        }
        if (approvals.stream().anyMatch(a -> a.personId() == person)) {
            throw InvalidInputException.of("", "outcome.signoff.youApproved", period);
        }
        approvals.add(new PeriodApproval(person, organisationId, sector, now));
        if (rule().met()) {
            approvedAt = now;
            return true;
        }
        return false;
    }

    /**
     * The values changed: the approvals so far were for other figures, so they are withdrawn and the period waits for
     * the board again. Returns true when something was withdrawn.
     */
    boolean reopen(Instant now) {
        if (!approved() && approvals.isEmpty()) {
            return false;
        }
        approvals.clear();
        approvedAt = null;
        reopenedAt = now;
        return true;
    }

    JointApproval rule() {
        return JointApproval.of(approvals.stream().map(PeriodApproval::sector).toList());
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

    String period() {
        return period;
    }

    long submittedBy() {
        return submittedBy;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    Instant reopenedAt() {
        return reopenedAt;
    }

    /** Approvals in the order they were given. */
    List<PeriodApproval> approvals() {
        return approvals.stream()
                .sorted(Comparator.comparing(PeriodApproval::approvedAt))
                .toList();
    }
}
