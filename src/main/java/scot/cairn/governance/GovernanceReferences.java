package scot.cairn.governance;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.MemberReferences;
import scot.cairn.partnership.PartnerReferences;
import scot.cairn.partnership.Role;
import scot.cairn.platform.Changes;

/**
 * What governance holds for a partner or a member. A partner cannot leave while people sit on groups or hold roles for
 * it, or while it is on the providers' forum. A member who leaves gives up their seats, workstream leads and roles in
 * the same step, when the manager chooses so; a lead sponsor who leaves passes the lead to another sponsor.
 */
@Component
class GovernanceReferences implements PartnerReferences, MemberReferences {

    private final GroupRepository groups;
    private final RoleRepository roles;
    private final GovernanceContext context;

    GovernanceReferences(GroupRepository groups, RoleRepository roles, GovernanceContext context) {
        this.groups = groups;
        this.roles = roles;
        this.context = context;
    }

    @Override
    public List<String> heldFor(long partnershipId, long organisationId) {
        var held = new ArrayList<String>();
        var all = groups.findByPartnershipId(partnershipId);
        long seats = all.stream()
                .flatMap(g -> g.members().stream())
                .filter(m -> m.organisationId() != null && m.organisationId() == organisationId)
                .count();
        if (seats > 0) {
            held.add(seats == 1 ? "1 seat on a group" : seats + " seats on groups");
        }
        boolean forum = all.stream()
                .flatMap(g -> g.providers().stream())
                .anyMatch(provider -> provider.organisationId() == organisationId);
        if (forum) {
            held.add("a place on the forum of informed providers");
        }
        long assignments = roles.findByPartnershipId(partnershipId).stream()
                .filter(a -> a.organisationId() != null && a.organisationId() == organisationId)
                .count();
        if (assignments > 0) {
            held.add(assignments == 1 ? "1 role" : assignments + " roles");
        }
        return held;
    }

    @Override
    public List<String> heldBy(long partnershipId, long personId) {
        var held = new ArrayList<String>();
        for (var g : groups.findByPartnershipId(partnershipId)) {
            if (g.members().stream().anyMatch(m -> m.personId() == personId)) {
                held.add("a seat on the " + g.kind().label());
            }
            g.workstreams().stream()
                    .filter(w -> Long.valueOf(personId).equals(w.leadPersonId()))
                    .forEach(w -> held.add("the lead of the workstream " + w.name()));
        }
        roles.findByPartnershipId(partnershipId).stream()
                .filter(a -> a.personId() == personId)
                .forEach(a -> held.add("the role " + a.role().label()));
        return held;
    }

    @Override
    public void release(long partnershipId, long personId) {
        for (var g : groups.findByPartnershipId(partnershipId)) {
            if (g.release(personId)) {
                groups.save(g);
                record(
                        GroupService.SUBJECT,
                        g.id(),
                        partnershipId,
                        "Left the " + g.kind().label(),
                        personId);
            }
        }
        var all = roles.findByPartnershipId(partnershipId);
        var leaving = all.stream().filter(a -> a.personId() == personId).toList();
        boolean leadLeaves = leaving.stream().anyMatch(RoleAssignment::leadSponsor);
        leaving.forEach(a -> {
            roles.delete(a);
            record(
                    RoleService.SUBJECT,
                    a.id(),
                    partnershipId,
                    "Gave up the role " + a.role().label(),
                    personId);
        });
        if (leadLeaves) {
            all.stream()
                    .filter(a -> a.personId() != personId && a.role() == Role.SENIOR_SPONSOR)
                    .findFirst()
                    .ifPresent(next -> {
                        next.lead(true);
                        roles.save(next);
                        record(
                                RoleService.SUBJECT,
                                next.id(),
                                partnershipId,
                                "Became the lead sponsor",
                                next.personId());
                    });
        }
    }

    private void record(String subject, long subjectId, long partnershipId, String what, long personId) {
        var name = context.people(List.of(personId)).get(personId);
        context.record(
                subject,
                subjectId,
                partnershipId,
                "Removed with the member",
                Changes.create().note((name == null ? "A member" : name.fullName()) + ": " + what));
    }
}
