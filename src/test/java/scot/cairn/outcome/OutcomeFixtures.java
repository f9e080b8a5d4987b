package scot.cairn.outcome;

import java.math.BigDecimal;
import scot.cairn.directory.OrganisationService;
import scot.cairn.governance.AssignmentDetails;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.governance.RoleService;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Role;
import scot.cairn.partnership.Standing;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * Fresh partnerships for outcome tests: managed by Fiona, with David as member holding the Analyst role (so he edits
 * evidence) and Sam as observer; both Fiona (public sector) and David (third sector) sit on the board, so together they
 * approve periods. Optionally a small framework of one stakeholder group, one outcome and two quarterly indicators.
 */
public class OutcomeFixtures {

    private final PartnershipService partnerships;
    private final MembershipService membership;
    private final OrganisationService organisations;
    private final FrameworkService frameworks;
    private final DemoUsers users;
    private final RoleService roles;
    private final GroupService groups;

    public OutcomeFixtures(
            PartnershipService partnerships,
            MembershipService membership,
            OrganisationService organisations,
            FrameworkService frameworks,
            DemoUsers users,
            RoleService roles,
            GroupService groups) {
        this.partnerships = partnerships;
        this.membership = membership;
        this.organisations = organisations;
        this.frameworks = frameworks;
        this.users = users;
        this.roles = roles;
        this.groups = groups;
    }

    /** A new partnership with a unique title, where David is an analyst and Fiona and David sit on the board. */
    public long partnership() {
        long id = plainPartnership();
        var fiona = users.current(DemoUsers.FIONA);
        roles.assign(id, new AssignmentDetails(Role.ANALYST, DemoUsers.DAVID, new BigDecimal("0.01")), fiona);
        long board = groups.setUpStandard(id, fiona).stream()
                .filter(g -> g.kind() == GroupKind.BOARD)
                .findFirst()
                .orElseThrow()
                .id();
        groups.addMember(id, board, MemberDetails.of(DemoUsers.FIONA, false), fiona);
        groups.addMember(id, board, MemberDetails.of(DemoUsers.DAVID, false), fiona);
        return id;
    }

    /** A new partnership where David is a member holding no role, so he only reads its evidence. */
    public long plainPartnership() {
        var fiona = users.current(DemoUsers.FIONA);
        long lead = organisations.search("Falkirk Council").stream()
                .filter(o -> o.name().equals("Falkirk Council"))
                .findFirst()
                .orElseThrow()
                .id();
        long id = partnerships
                .start(
                        new PartnershipDetails(
                                Unique.name("Outcome test"), Market.CHILDREN_AND_FAMILIES, "Falkirk", "Test.", lead),
                        fiona)
                .id();
        long cvs = organisations.search("Falkirk CVS").stream()
                .filter(o -> o.name().equals("Falkirk CVS"))
                .findFirst()
                .orElseThrow()
                .id();
        membership.setPartner(id, cvs, Standing.CORE, fiona);
        membership.setMember(id, DemoUsers.DAVID, MemberRole.MEMBER, fiona);
        membership.setMember(id, DemoUsers.SAM, MemberRole.OBSERVER, fiona);
        return id;
    }

    /** The ids of a small framework added to the partnership. */
    public record Small(long partnershipId, long stakeholderId, long outcomeId, long stable, long moves) {}

    public Small withFramework() {
        long id = partnership();
        var fiona = users.current(DemoUsers.FIONA);
        long group = frameworks.addStakeholder(id, new StakeholderDetails("Children in care", null), fiona);
        long outcome = frameworks.addOutcome(id, new OutcomeDetails(group, "Stable placements", null), fiona);
        long stable = frameworks.addIndicator(id, indicator(outcome, "Placements lasting a year"), fiona);
        long moves = frameworks.addIndicator(id, indicator(outcome, "Unplanned moves"), fiona);
        return new Small(id, group, outcome, stable, moves);
    }

    static IndicatorDetails indicator(long outcomeId, String name) {
        return new IndicatorDetails(
                outcomeId,
                name,
                null,
                "children",
                Direction.HIGHER_IS_BETTER,
                BigDecimal.TEN,
                null,
                Frequency.QUARTERLY,
                null,
                null);
    }
}
