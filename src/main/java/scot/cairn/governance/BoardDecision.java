package scot.cairn.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.Message;

/**
 * One entry in a partnership's decision log, numbered D-1, D-2... Invariants: only a draft changes, and a change
 * clears the approvals given to the earlier wording; a board member approves a draft at most once; when the
 * {@link ApprovalRule} is met the decision is approved and never changes again; only a draft is withdrawn. Who may
 * approve (a board seat) and what it supersedes are checked by the service, which knows the board and the log.
 */
@Table("governance_decision")
class BoardDecision {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private final int number;
    private String title;
    private String context;
    private String options;
    private String decision;
    private LocalDate decisionDate;
    private boolean joint;
    private Stage gate;
    private DocumentLink document;
    private Long riskId;
    private final String riskText;
    private final Long supersedesId;
    private DecisionStatus status;
    private final Long proposedBy;
    private final Instant proposedAt;
    private Instant approvedAt;

    @MappedCollection(idColumn = "decision_id")
    private final Set<DecisionApproval> approvals;

    @PersistenceCreator
    BoardDecision(
            Long id,
            Integer version,
            Long partnershipId,
            int number,
            String title,
            String context,
            String options,
            String decision,
            LocalDate decisionDate,
            boolean joint,
            Stage gate,
            DocumentLink document,
            Long riskId,
            String riskText,
            Long supersedesId,
            DecisionStatus status,
            Long proposedBy,
            Instant proposedAt,
            Instant approvedAt,
            Set<DecisionApproval> approvals) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.number = number;
        this.title = title;
        this.context = context;
        this.options = options;
        this.decision = decision;
        this.decisionDate = decisionDate;
        this.joint = joint;
        this.gate = gate;
        this.document = document;
        this.riskId = riskId;
        this.riskText = riskText;
        this.supersedesId = supersedesId;
        this.status = status;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.approvedAt = approvedAt;
        this.approvals = new HashSet<>(approvals);
    }

    /** A new draft; the details must already be valid ({@link DecisionInput}). */
    static BoardDecision propose(
            long partnershipId, int number, DecisionDetails d, Long supersedesId, long proposedBy, Instant now) {
        var made = new BoardDecision(
                null,
                null,
                partnershipId,
                number,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                supersedesId,
                DecisionStatus.DRAFT,
                proposedBy,
                now,
                null,
                Set.of());
        made.write(d);
        return made;
    }

    /**
     * The record of a gate the board passed: already approved, by the approvals the gate collected, with the criteria
     * as the gate showed them written into its context.
     */
    static BoardDecision gatePassed(
            long partnershipId,
            int number,
            DecisionDetails d,
            java.util.List<DecisionApproval> approvals,
            long advancedBy,
            Instant now) {
        var made = new BoardDecision(
                null,
                null,
                partnershipId,
                number,
                null,
                null,
                null,
                null,
                null,
                true,
                null,
                null,
                null,
                null,
                null,
                DecisionStatus.APPROVED,
                advancedBy,
                now,
                now,
                Set.copyOf(approvals));
        made.write(d);
        return made;
    }

    /** Changes the draft's wording and clears the approvals given so far, which were for the old wording. */
    void change(DecisionDetails d) {
        refuseUnlessDraft();
        write(d);
        approvals.clear();
    }

    /**
     * Records the approval and approves the decision when the rule is met.
     *
     * @return true when this approval made the decision approved
     */
    boolean approve(long personId, Long organisationId, Sector sector, Instant now) {
        refuseUnlessDraft();
        if (approvals.stream().anyMatch(a -> a.personId() == personId)) {
            throw new DecisionLockedException(Message.of("governance.decision.alreadyApproved"));
        }
        approvals.add(new DecisionApproval(personId, organisationId, sector, now));
        if (rule().met()) {
            status = DecisionStatus.APPROVED;
            approvedAt = now;
            return true;
        }
        return false;
    }

    void withdraw() {
        refuseUnlessDraft();
        status = DecisionStatus.WITHDRAWN;
    }

    ApprovalRule.Outcome rule() {
        return ApprovalRule.check(
                joint, approvals.stream().map(DecisionApproval::sector).toList());
    }

    boolean approvedBy(long personId) {
        return approvals.stream().anyMatch(a -> a.personId() == personId);
    }

    /** @throws DecisionLockedException when the decision is approved or withdrawn */
    void refuseUnlessDraft() {
        if (status == DecisionStatus.APPROVED) {
            throw new DecisionLockedException(Message.of(
                    "governance.decision.lockedApproved",
                    scot.cairn.platform.Dates.day(
                            approvedAt.atZone(ZoneId.of("Europe/London")).toLocalDate())));
        }
        if (status == DecisionStatus.WITHDRAWN) {
            throw new DecisionLockedException(Message.of("governance.decision.lockedWithdrawn"));
        }
    }

    private void write(DecisionDetails d) {
        this.title = d.title().strip();
        this.context = d.context().strip();
        this.options = d.options() == null || d.options().isBlank()
                ? null
                : d.options().strip();
        this.decision = d.decision().strip();
        this.decisionDate = d.decisionDate();
        this.joint = Boolean.TRUE.equals(d.joint());
        this.gate = d.gate();
        this.document = d.document();
        this.riskId = d.riskId();
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

    String reference() {
        return "D-" + number;
    }

    String title() {
        return title;
    }

    String context() {
        return context;
    }

    String options() {
        return options;
    }

    String decision() {
        return decision;
    }

    LocalDate decisionDate() {
        return decisionDate;
    }

    boolean joint() {
        return joint;
    }

    Stage gate() {
        return gate;
    }

    DocumentLink document() {
        return document;
    }

    Long riskId() {
        return riskId;
    }

    /**
     * A risk reference recorded before the register existed, which named no item of it; kept as recorded, since an
     * approved decision does not change. Null for decisions recorded since.
     */
    String riskText() {
        return riskText;
    }

    Long supersedesId() {
        return supersedesId;
    }

    DecisionStatus status() {
        return status;
    }

    Long proposedBy() {
        return proposedBy;
    }

    Instant proposedAt() {
        return proposedAt;
    }

    Instant approvedAt() {
        return approvedAt;
    }

    Set<DecisionApproval> approvals() {
        return Set.copyOf(approvals);
    }
}
