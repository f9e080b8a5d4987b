package scot.cairn.governance;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.PartnerReferences;

/** A partner cannot leave while people sit on groups or hold roles for it, or while it is on the providers' forum. */
@Component
class GovernanceReferences implements PartnerReferences {

    private final GroupRepository groups;
    private final RoleRepository roles;

    GovernanceReferences(GroupRepository groups, RoleRepository roles) {
        this.groups = groups;
        this.roles = roles;
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
}
