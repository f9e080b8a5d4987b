package scot.cairn.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * A Public Social Partnership. Invariants: it always has at least one manager; the lead partner, when set, is a core
 * partner; it moves forward one stage at a time and only through a met gate; once closed it is a record and
 * nothing in it changes.
 */
@Table("partnership_partnership")
class Partnership {

    static final int MAX_CLOSURE_REASON = 2000;

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private String title;

    /**
     * The title in lower case, kept beside it so lists sort and search by title through an index on both databases. It
     * is a constructor parameter like every persisted field: Spring Data copies the aggregate through the constructor to
     * set its version, and a field the constructor does not take would be lost.
     */
    private String titleKey;

    private Market market;
    private String region;
    private String aims;
    private Long leadPartnerId;
    private Stage stage;
    private ClosureRoute closureRoute;
    private String closureReason;
    private final Instant createdAt;

    @MappedCollection(idColumn = "partnership_id")
    private final Set<Partner> partners;

    @MappedCollection(idColumn = "partnership_id")
    private final Set<Member> members;

    @MappedCollection(idColumn = "partnership_id")
    private final Set<StagePlan> stages;

    @MappedCollection(idColumn = "partnership_id")
    private final Set<GateApproval> approvals;

    @MappedCollection(idColumn = "partnership_id")
    private final Set<AssessmentAnswer> answers;

    private Decision assessmentDecision;
    private String assessmentReason;
    private String assessmentJustification;

    @PersistenceCreator
    Partnership(
            Long id,
            Integer version,
            String title,
            String titleKey,
            Market market,
            String region,
            String aims,
            Long leadPartnerId,
            Stage stage,
            ClosureRoute closureRoute,
            String closureReason,
            Instant createdAt,
            Set<Partner> partners,
            Set<Member> members,
            Set<StagePlan> stages,
            Set<GateApproval> approvals,
            Set<AssessmentAnswer> answers,
            Decision assessmentDecision,
            String assessmentReason,
            String assessmentJustification) {
        this.id = id;
        this.version = version;
        this.title = title;
        this.titleKey = titleKey;
        this.market = market;
        this.region = region;
        this.aims = aims;
        this.leadPartnerId = leadPartnerId;
        this.stage = stage;
        this.closureRoute = closureRoute;
        this.closureReason = closureReason;
        this.createdAt = createdAt;
        this.partners = new HashSet<>(partners);
        this.members = new HashSet<>(members);
        this.stages = new HashSet<>(stages);
        this.approvals = new HashSet<>(approvals);
        this.answers = new HashSet<>(answers);
        this.assessmentDecision = assessmentDecision;
        this.assessmentReason = assessmentReason;
        this.assessmentJustification = assessmentJustification;
    }

    /** Starts a partnership in Explore with its creator as manager. */
    static Partnership start(PartnershipDetails details, long managerPersonId, LocalDate today, Instant now) {
        var plans = new HashSet<StagePlan>();
        Stage.LIFECYCLE.forEach(s -> plans.add(StagePlan.empty(s)));
        var p = new Partnership(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Stage.EXPLORE,
                null,
                null,
                now,
                Set.of(),
                Set.of(new Member(managerPersonId, MemberRole.MANAGER)),
                plans,
                Set.of(),
                Set.of(),
                Decision.UNDECIDED,
                null,
                null);
        p.describe(details);
        p.replacePlan(p.plan(Stage.EXPLORE).started(today));
        return p;
    }

    void describe(PartnershipDetails details) {
        requireOpen();
        var d = details.normalised();
        this.title = d.title();
        this.titleKey = keyOf(d.title());
        this.market = d.market();
        this.region = d.region();
        this.aims = d.aims();
        if (d.leadPartnerId() != null && standings().get(d.leadPartnerId()) == null) {
            PartnershipLimits.PARTNERS.check("leadPartnerId", partners.size() + 1);
        }
        this.leadPartnerId = d.leadPartnerId();
        if (leadPartnerId != null) {
            partners.removeIf(p -> p.organisationId().equals(leadPartnerId));
            partners.add(new Partner(leadPartnerId, Standing.CORE));
        }
    }

    void setPartner(long organisationId, Standing standing) {
        requireOpen();
        if (organisationId == (leadPartnerId == null ? -1 : leadPartnerId) && standing != Standing.CORE) {
            throw InvalidInputException.of("standing", "partnership.partners.leadMustBeCore");
        }
        if (partners.stream().noneMatch(p -> p.organisationId() == organisationId)) {
            PartnershipLimits.PARTNERS.check("organisationId", partners.size() + 1);
        }
        partners.removeIf(p -> p.organisationId().equals(organisationId));
        partners.add(new Partner(organisationId, standing));
    }

    void removePartner(long organisationId) {
        requireOpen();
        if (leadPartnerId != null && leadPartnerId == organisationId) {
            throw InvalidInputException.of("organisationId", "partnership.partners.leadRemoval");
        }
        partners.removeIf(p -> p.organisationId().equals(organisationId));
    }

    void setMember(long personId, MemberRole role) {
        requireOpen();
        var current = role(personId);
        if (current.filter(r -> r == MemberRole.MANAGER).isPresent() && role != MemberRole.MANAGER && managers() == 1) {
            throw InvalidInputException.of("role", "partnership.members.lastManager");
        }
        if (current.isEmpty()) {
            PartnershipLimits.MEMBERS.check("email", members.size() + 1);
        }
        members.removeIf(m -> m.personId().equals(personId));
        members.add(new Member(personId, role));
    }

    void removeMember(long personId) {
        requireOpen();
        if (role(personId).filter(r -> r == MemberRole.MANAGER).isPresent() && managers() == 1) {
            throw InvalidInputException.of("personId", "partnership.members.lastManager");
        }
        members.removeIf(m -> m.personId().equals(personId));
    }

    void replacePlans(List<StageDates> dates) {
        requireOpen();
        StageRules.check(dates);
        dates.forEach(d -> replacePlan(
                new StagePlan(d.stage(), d.plannedStart(), d.plannedEnd(), d.actualStart(), d.actualEnd())));
    }

    /**
     * Records a board member's approval of leaving the current stage, for the organisation they represent (null for a
     * service user); approving twice changes nothing.
     */
    void approveGate(long personId, Long organisationId, Sector sector, Instant now) {
        requireOpen();
        if (stage.next() == null) {
            throw InvalidInputException.of("", "partnership.gate.noFurtherStage", Message.of(stage.labelKey()));
        }
        if (approvals.stream()
                .noneMatch(a -> a.fromStage() == stage && a.personId().equals(personId))) {
            approvals.add(new GateApproval(stage, personId, organisationId, sector, now));
        }
    }

    /** Moves to the next stage. The caller has checked every criterion; this checks the joint approval. */
    void advance(LocalDate today) {
        requireOpen();
        Stage next = stage.next();
        if (next == null) {
            throw InvalidInputException.of("", "partnership.gate.noFurtherStage", Message.of(stage.labelKey()));
        }
        if (!jointlyApproved()) {
            throw InvalidInputException.of("", "partnership.gate.needsJoint");
        }
        replacePlan(plan(stage).ended(today));
        replacePlan(plan(next).started(today));
        stage = next;
    }

    /** Records the appropriateness assessment; it can change only while the partnership is exploring. */
    void assess(List<AssessmentAnswer> newAnswers, Decision decision, String reason, String justification) {
        if (stage != Stage.EXPLORE) {
            throw InvalidInputException.of("", "partnership.assessment.locked");
        }
        AssessmentRules.check(newAnswers, decision, reason, justification);
        answers.clear();
        answers.addAll(newAnswers);
        this.assessmentDecision = decision;
        this.assessmentReason = stripped(reason);
        this.assessmentJustification = AssessmentRules.anyWeak(newAnswers) ? stripped(justification) : null;
    }

    private static String stripped(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    void close(ClosureRoute route, String reason, LocalDate today) {
        requireOpen();
        new InvalidInputException.Collector()
                .rejectIf(route == null, "route", "partnership.close.routeMissing")
                .rejectIf(reason == null || reason.isBlank(), "reason", "partnership.close.reasonMissing")
                .rejectIf(
                        reason != null && reason.length() > MAX_CLOSURE_REASON,
                        "reason",
                        "partnership.close.reasonTooLong",
                        MAX_CLOSURE_REASON)
                .throwIfAny();
        replacePlan(plan(stage).ended(today));
        this.closureRoute = route;
        this.closureReason = reason.strip();
        this.stage = Stage.CLOSED;
    }

    boolean jointlyApproved() {
        return JointApproval.of(approvals.stream()
                        .filter(a -> a.fromStage() == stage)
                        .map(GateApproval::sector)
                        .toList())
                .met();
    }

    private void requireOpen() {
        if (stage == Stage.CLOSED) {
            throw InvalidInputException.of("", PartnershipView.CLOSED);
        }
    }

    private long managers() {
        return members.stream().filter(m -> m.role() == MemberRole.MANAGER).count();
    }

    Optional<MemberRole> role(long personId) {
        return members.stream()
                .filter(m -> m.personId().equals(personId))
                .map(Member::role)
                .findFirst();
    }

    StagePlan plan(Stage s) {
        return stages.stream().filter(p -> p.stage() == s).findFirst().orElse(StagePlan.empty(s));
    }

    private void replacePlan(StagePlan plan) {
        stages.removeIf(p -> p.stage() == plan.stage());
        stages.add(plan);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    /** How a title is kept for sorting and searching: in lower case, whatever the reader's language. */
    static String keyOf(String title) {
        return title.toLowerCase(java.util.Locale.ROOT);
    }

    String title() {
        return title;
    }

    Market market() {
        return market;
    }

    String region() {
        return region;
    }

    String aims() {
        return aims;
    }

    Long leadPartnerId() {
        return leadPartnerId;
    }

    Stage stage() {
        return stage;
    }

    ClosureRoute closureRoute() {
        return closureRoute;
    }

    String closureReason() {
        return closureReason;
    }

    Instant createdAt() {
        return createdAt;
    }

    Set<Partner> partners() {
        return Set.copyOf(partners);
    }

    Set<Member> members() {
        return Set.copyOf(members);
    }

    Set<GateApproval> approvals() {
        return Set.copyOf(approvals);
    }

    Set<AssessmentAnswer> answers() {
        return Set.copyOf(answers);
    }

    Decision assessmentDecision() {
        return assessmentDecision;
    }

    String assessmentReason() {
        return assessmentReason;
    }

    String assessmentJustification() {
        return assessmentJustification;
    }

    Map<Long, Standing> standings() {
        var map = new java.util.HashMap<Long, Standing>();
        partners.forEach(p -> map.put(p.organisationId(), p.standing()));
        return map;
    }
}
