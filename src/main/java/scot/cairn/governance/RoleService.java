package scot.cairn.governance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Role;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;

/**
 * Who holds which role in a partnership and how much time they give it. Every save keeps the {@link RoleRules}; a
 * refused save changes nothing. The first Senior Sponsor becomes the lead; the lead then moves only by
 * {@link #makeLead}. A person's commitments across all partnerships may not pass
 * {@code cairn.governance.commitment-ceiling-percent} (default 120) of their capacity.
 */
@Service
public class RoleService {

    static final String SUBJECT = "governance-role";

    private final RoleRepository roles;
    private final GovernanceContext context;
    private final RoleViews views;
    private final int ceilingPercent;

    RoleService(
            RoleRepository roles,
            GovernanceContext context,
            RoleViews views,
            @Value("${cairn.governance.commitment-ceiling-percent:120}") int ceilingPercent) {
        this.roles = roles;
        this.context = context;
        this.views = views;
        this.ceilingPercent = ceilingPercent;
    }

    /** The partnership's assignments, by role and then name. */
    @Transactional(readOnly = true)
    public List<AssignmentView> assignments(long id, CurrentUser user) {
        context.visible(id, user);
        return views.all(roles.findByPartnershipId(id));
    }

    /** @throws NotFoundException when the assignment is not one of this partnership's */
    @Transactional(readOnly = true)
    public AssignmentView assignment(long id, long assignmentId, CurrentUser user) {
        context.visible(id, user);
        return views.all(List.of(find(id, assignmentId))).get(0);
    }

    @Transactional
    public AssignmentView assign(long id, AssignmentDetails details, CurrentUser user) {
        var p = context.managed(id, user);
        var all = roles.findByPartnershipId(id);
        GovernanceLimits.ROLE_ASSIGNMENTS.check("", all.size() + 1);
        var c = candidate(p, null, details);
        RoleRules.check(c, all, GovernanceContext.partners(p), views.load(c.personId(), null, ceilingPercent));
        var a = RoleAssignment.assign(id, c);
        a.lead(all.stream().noneMatch(x -> x.role() == Role.SENIOR_SPONSOR));
        var saved = roles.save(a);
        var view = views.all(List.of(saved)).get(0);
        context.record(
                SUBJECT, saved.id(), id, "governance.audit.roleAssigned", describe(Changes.create(), null, view));
        return view;
    }

    @Transactional
    public AssignmentView change(
            long id, long assignmentId, Integer seenVersion, AssignmentDetails details, CurrentUser user) {
        var p = context.managed(id, user);
        var a = find(id, assignmentId);
        ConcurrentChangeException.check("role assignment", seenVersion, a.version());
        var others = others(id, a);
        var c = candidate(p, a.id(), details);
        RoleRules.checkLeadMayGo(a, others, c.role());
        RoleRules.check(c, others, GovernanceContext.partners(p), views.load(c.personId(), a.id(), ceilingPercent));
        var before = views.all(List.of(a)).get(0);
        a.change(c);
        a.lead(a.lead() || others.stream().noneMatch(x -> x.role() == Role.SENIOR_SPONSOR));
        var after = views.all(List.of(roles.save(a))).get(0);
        context.record(
                SUBJECT,
                a.id(),
                id,
                "governance.audit.roleChanged",
                Changes.create()
                        .field(
                                "governance.audit.role",
                                before.role().labelKey(),
                                after.role().labelKey())
                        .field("governance.audit.person", before.personName(), after.personName())
                        .field("governance.audit.organisation", before.organisationName(), after.organisationName())
                        .field("governance.audit.days", days(before.daysPerMonth()), days(after.daysPerMonth())));
        return after;
    }

    @Transactional
    public void remove(long id, long assignmentId, CurrentUser user) {
        context.managed(id, user);
        var a = find(id, assignmentId);
        RoleRules.checkLeadMayGo(a, others(id, a), null);
        var view = views.all(List.of(a)).get(0);
        roles.delete(a);
        context.record(SUBJECT, a.id(), id, "governance.audit.roleRemoved", describe(Changes.create(), null, view));
    }

    /** Makes this Senior Sponsor the lead sponsor, and the previous lead an ordinary sponsor. */
    @Transactional
    public AssignmentView makeLead(long id, long assignmentId, CurrentUser user) {
        context.managed(id, user);
        var a = find(id, assignmentId);
        if (a.role() != Role.SENIOR_SPONSOR) {
            throw InvalidInputException.of("", "governance.role.leadNotSponsor");
        }
        var previous =
                others(id, a).stream().filter(RoleAssignment::leadSponsor).toList();
        previous.forEach(x -> x.lead(false));
        roles.saveAll(previous);
        a.lead(true);
        var view = views.all(List.of(roles.save(a))).get(0);
        context.record(
                SUBJECT,
                a.id(),
                id,
                "governance.audit.leadChanged",
                Changes.create()
                        .field(
                                "governance.audit.lead",
                                previous.isEmpty()
                                        ? null
                                        : views.all(previous).get(0).personName(),
                                view.personName()));
        return view;
    }

    /** Sets how many days a month someone holding a role here can give across all partnerships. */
    @Transactional
    public BigDecimal setCapacity(long id, String email, BigDecimal days, CurrentUser user) {
        context.managed(id, user);
        var person = context.person(email);
        if (roles.findByPartnershipId(id).stream().noneMatch(a -> a.personId() == person.id())) {
            throw InvalidInputException.of("email", "governance.capacity.noRole", person.fullName());
        }
        var before = views.capacity(person.id());
        views.setCapacity(person.id(), days, ceilingPercent);
        context.record(
                "governance-capacity",
                person.id(),
                id,
                "governance.audit.capacityChanged",
                Changes.create()
                        .field("governance.audit.person", null, person.fullName())
                        .field("governance.audit.days", days(before), days(days)));
        return days;
    }

    /** Warnings about the roles: no Project Manager, core partners without a sponsor. */
    @Transactional(readOnly = true)
    public List<GovernanceCheck> checks(long id, CurrentUser user) {
        var p = context.visible(id, user);
        return RoleRules.warnings(roles.findByPartnershipId(id), GovernanceContext.partners(p));
    }

    private RoleRules.Candidate candidate(PartnershipView p, Long assignmentId, AssignmentDetails d) {
        PersonSummary person;
        try {
            person = context.person(d.email());
        } catch (InvalidInputException e) {
            var errors = new LinkedHashMap<>(e.fieldErrors());
            if (d.role() == null) {
                errors.put("role", Message.of("governance.role.choose"));
            }
            throw new InvalidInputException(errors);
        }
        GovernanceContext.requireMember(p, person);
        Long org = d.role() == Role.SERVICE_USER_REPRESENTATIVE ? null : person.organisationId();
        return new RoleRules.Candidate(
                assignmentId, d.role(), person.id(), person.fullName(), person.organisationId(), org, d.daysPerMonth());
    }

    private RoleAssignment find(long id, long assignmentId) {
        return roles.findById(assignmentId)
                .filter(a -> a.partnershipId() == id)
                .orElseThrow(() -> new NotFoundException("Role assignment"));
    }

    private List<RoleAssignment> others(long id, RoleAssignment a) {
        return roles.findByPartnershipId(id).stream()
                .filter(x -> !x.id().equals(a.id()))
                .toList();
    }

    /** The assignment as audit lines: before (when it went) or after (when it came), each value a name or a key. */
    private static Changes describe(Changes c, AssignmentView before, AssignmentView after) {
        var v = after != null ? after : before;
        boolean added = after != null;
        return c.field(
                        "governance.audit.role",
                        added ? null : v.role().labelKey(),
                        added ? v.role().labelKey() : null)
                .field("governance.audit.person", added ? null : v.personName(), added ? v.personName() : null)
                .field(
                        "governance.audit.organisation",
                        added ? null : v.organisationName(),
                        added ? v.organisationName() : null)
                .field(
                        "governance.audit.days",
                        added ? null : days(v.daysPerMonth()),
                        added ? days(v.daysPerMonth()) : null)
                .note(v.lead() ? "governance.audit.leadSponsor" : null);
    }

    private static String days(BigDecimal d) {
        return d == null ? null : RoleRules.days(d);
    }
}
