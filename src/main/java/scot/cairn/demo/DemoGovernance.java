package scot.cairn.demo;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import scot.cairn.governance.AssignmentDetails;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.governance.RoleService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Role;

/** Demo groups and roles, set up through the governance services so they obey the same rules as the pages. */
@Component
class DemoGovernance {

    private final GroupService groups;
    private final RoleService roles;
    private final DemoDecisions decisions;

    DemoGovernance(GroupService groups, RoleService roles, DemoDecisions decisions) {
        this.groups = groups;
        this.roles = roles;
        this.decisions = decisions;
    }

    /** The board's decision log; the board must be set up first. */
    void mouDecision(long id, java.time.LocalDate day, CurrentUser fiona, CurrentUser david) {
        decisions.mou(id, day, fiona, david);
    }

    void designDecisions(long id, java.time.LocalDate design, CurrentUser fiona, CurrentUser david) {
        decisions.design(id, design, fiona, david);
    }

    void role(long id, CurrentUser person, Role role, String days, CurrentUser manager) {
        roles.assign(id, new AssignmentDetails(role, person.email(), new BigDecimal(days)), manager);
    }

    /** Creates the standard groups and answers the id of the group of {@code kind}. */
    long standardGroups(long id, GroupKind kind, CurrentUser manager) {
        return groups.setUpStandard(id, manager).stream()
                .filter(g -> g.kind() == kind)
                .findFirst()
                .orElseThrow()
                .id();
    }

    long group(long id, GroupKind kind, CurrentUser manager) {
        return groups.groups(id, manager).stream()
                .filter(g -> g.kind() == kind)
                .findFirst()
                .orElseThrow()
                .id();
    }

    void member(long id, long groupId, CurrentUser person, boolean serviceUser, CurrentUser manager) {
        groups.addMember(id, groupId, MemberDetails.of(person.email(), serviceUser), manager);
    }

    void workstream(long id, long groupId, String name, CurrentUser lead, CurrentUser manager) {
        groups.addWorkstream(id, groupId, name, lead.personId(), manager);
    }

    void provider(long id, long groupId, long organisationId, CurrentUser manager) {
        groups.addProvider(id, groupId, organisationId, manager);
    }
}
