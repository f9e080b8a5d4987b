package scot.cairn.outcome;

import java.math.BigDecimal;
import scot.cairn.directory.OrganisationService;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * Fresh partnerships for outcome tests: managed by Fiona, with David as member and Sam as observer, and optionally a
 * small framework of one stakeholder group, one outcome and two quarterly indicators.
 */
public class OutcomeFixtures {

    private final PartnershipService partnerships;
    private final MembershipService membership;
    private final OrganisationService organisations;
    private final FrameworkService frameworks;
    private final DemoUsers users;

    public OutcomeFixtures(
            PartnershipService partnerships,
            MembershipService membership,
            OrganisationService organisations,
            FrameworkService frameworks,
            DemoUsers users) {
        this.partnerships = partnerships;
        this.membership = membership;
        this.organisations = organisations;
        this.frameworks = frameworks;
        this.users = users;
    }

    /** A new partnership with a unique title; answers its id. */
    public long partnership() {
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
                null);
    }
}
