package scot.cairn.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.PersonService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.AuditEvent;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * Starting, describing, planning and closing partnerships, and reading them. Every method checks the caller's access
 * through {@link PartnershipScope} and records each change in the audit trail.
 */
@Service
public class PartnershipService {

    static final String SUBJECT = "partnership";

    /** The bundle key of the refusal to someone who may not start a partnership. */
    public static final String START_REFUSED = "partnership.start.refused";

    private final PartnershipRepository partnerships;
    private final PartnershipScope access;
    private final PartnershipViews views;
    private final Support support;

    PartnershipService(
            PartnershipRepository partnerships, PartnershipScope access, PartnershipViews views, Support support) {
        this.partnerships = partnerships;
        this.access = access;
        this.views = views;
        this.support = support;
    }

    /** What the service needs besides the aggregate: clock, audit trail, directory look-ups and SQL reads. */
    @org.springframework.stereotype.Component
    record Support(
            Clock clock, AuditTrail audit, OrganisationService organisations, PersonService people, JdbcClient jdbc) {
        LocalDate today() {
            return LocalDate.now(clock);
        }
    }

    /** The partnerships the user is a member of, by title. */
    @Transactional(readOnly = true)
    public List<PartnershipSummary> mine(CurrentUser user) {
        return PartnershipQueries.forMember(support.jdbc(), user.personId());
    }

    /** Every partnership, for administrators; others get only their own. */
    @Transactional(readOnly = true)
    public List<PartnershipSummary> all(CurrentUser user) {
        return access.readable(user);
    }

    /**
     * One page of "My partnerships", or of every partnership when an administrator asks for {@code all} (anyone else
     * gets their own), narrowed by the filter and sorted by title.
     *
     * @param page from 1; a page past the last is empty
     * @param size from 1 to {@link #PAGE_MAX}
     * @throws InvalidInputException on {@code page} or {@code size} when out of range
     */
    @Transactional(readOnly = true)
    public PartnershipPage find(CurrentUser user, boolean all, PartnershipFilter filter, int page, int size) {
        new InvalidInputException.Collector()
                .rejectIf(page < 1, "page", "partnership.list.page.invalid")
                .rejectIf(size < 1 || size > PAGE_MAX, "size", "partnership.list.size.invalid", PAGE_MAX)
                .throwIfAny();
        return PartnershipQueries.page(
                support.jdbc(), user.personId(), all && user.administrator(), filter, page, size);
    }

    /** The most partnerships one page of a list holds, on the pages and in the API. */
    public static final int PAGE_MAX = 200;

    @Transactional(readOnly = true)
    public PartnershipView get(long id, CurrentUser user) {
        return views.view(access.visible(id, user), user, support.today());
    }

    /**
     * A partnership as gate criteria and other background checks read it: no viewer, so no viewer role and no right
     * to manage. Only for code that has already checked the person it acts for; never show it to someone unchecked.
     */
    public PartnershipView forChecks(long id) {
        var p = partnerships.findById(id).orElseThrow(() -> new NotFoundException("Partnership"));
        return views.view(p, null, support.today());
    }

    /** Starts a partnership in Explore with the user as its manager. Commissioners and administrators only. */
    @Transactional
    public PartnershipView start(PartnershipDetails details, CurrentUser user) {
        if (!user.mayStartPartnership()) {
            throw new ForbiddenException(START_REFUSED);
        }
        checkLeadPartner(details);
        var p = partnerships.save(Partnership.start(
                details, user.personId(), support.today(), support.clock().instant()));
        var view = views.view(p, user, support.today());
        support.audit()
                .record(
                        SUBJECT,
                        p.id(),
                        p.id(),
                        "partnership.audit.started",
                        describe(null, view.details())
                                .field("partnership.audit.leadPartner", null, view.leadPartnerName())
                                .field("partnership.audit.manager", null, user.fullName()));
        return view;
    }

    @Transactional
    public PartnershipView update(long id, Integer seenVersion, PartnershipDetails details, CurrentUser user) {
        var p = access.managed(id, user);
        ConcurrentChangeException.check("partnership", seenVersion, p.version());
        checkLeadPartner(details);
        var before = views.view(p, user, support.today());
        p.describe(details);
        var saved = partnerships.save(p);
        var after = views.view(saved, user, support.today());
        var changes = describe(before.details(), after.details())
                .field("partnership.audit.leadPartner", before.leadPartnerName(), after.leadPartnerName());
        record(id, "partnership.audit.detailsChanged", changes);
        return after;
    }

    @Transactional
    public PartnershipView planStages(long id, Integer seenVersion, List<StageDates> dates, CurrentUser user) {
        var p = access.managed(id, user);
        ConcurrentChangeException.check("partnership", seenVersion, p.version());
        var before = views.view(p, user, support.today()).stages();
        p.replacePlans(dates);
        var after = views.view(partnerships.save(p), user, support.today());
        var changes = Changes.create();
        for (int i = 0; i < before.size(); i++) {
            var b = before.get(i);
            var a = after.stages().get(i);
            // One key per stage and date, such as "partnership.audit.dates.EXPLORE.plannedStart": the history
            // translates a stored label only as a whole.
            String label = "partnership.audit.dates." + a.stage().name() + ".";
            changes.field(label + "plannedStart", b.plannedStart(), a.plannedStart())
                    .field(label + "plannedEnd", b.plannedEnd(), a.plannedEnd())
                    .field(label + "actualStart", b.actualStart(), a.actualStart())
                    .field(label + "actualEnd", b.actualEnd(), a.actualEnd());
        }
        record(id, "partnership.audit.datesChanged", changes);
        return after;
    }

    @Transactional
    public PartnershipView close(long id, ClosureRoute route, String reason, CurrentUser user) {
        var p = access.managed(id, user);
        var from = p.stage();
        p.close(route, reason, support.today());
        var saved = partnerships.save(p);
        record(
                id,
                "partnership.audit.closed",
                Changes.create()
                        .field("partnership.audit.stage", from.labelKey(), Stage.CLOSED.labelKey())
                        .field("partnership.audit.route", null, route.labelKey())
                        .field("partnership.audit.closureReason", null, reason));
        return views.view(saved, user, support.today());
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> history(long id, CurrentUser user) {
        access.visible(id, user);
        return support.audit().forPartnership(id);
    }

    LocalDate today() {
        return support.today();
    }

    java.time.Instant now() {
        return support.clock().instant();
    }

    List<GateView.ApprovalView> approvalViews(List<GateApproval> approvals) {
        var persons = support.people()
                .getAll(approvals.stream().map(GateApproval::personId).toList());
        var orgs = support.organisations()
                .getAll(approvals.stream()
                        .map(GateApproval::organisationId)
                        .filter(java.util.Objects::nonNull)
                        .toList());
        return approvals.stream()
                .map(a -> new GateView.ApprovalView(
                        persons.containsKey(a.personId())
                                ? persons.get(a.personId()).fullName()
                                : null,
                        a.organisationId() == null || !orgs.containsKey(a.organisationId())
                                ? null
                                : orgs.get(a.organisationId()).name(),
                        a.sector(),
                        a.approvedAt()))
                .sorted(GateService.byTime())
                .toList();
    }

    void record(long id, String action, Changes changes) {
        if (!changes.isEmpty()) {
            support.audit().record(SUBJECT, id, id, action, changes);
        }
    }

    private void checkLeadPartner(PartnershipDetails details) {
        if (details.leadPartnerId() != null
                && support.organisations()
                        .getAll(List.of(details.leadPartnerId()))
                        .isEmpty()) {
            throw InvalidInputException.of("leadPartnerId", "partnership.details.leadPartnerUnknown");
        }
    }

    private static Changes describe(PartnershipDetails before, PartnershipDetails after) {
        return Changes.create()
                .field("partnership.audit.title", before == null ? null : before.title(), after.title())
                .field(
                        "partnership.audit.market",
                        before == null ? null : before.market().labelKey(),
                        after.market().labelKey())
                .field("partnership.audit.region", before == null ? null : before.region(), after.region())
                .field("partnership.audit.aims", before == null ? null : before.aims(), after.aims());
    }
}
