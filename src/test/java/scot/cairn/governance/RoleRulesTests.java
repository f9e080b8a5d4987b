package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static scot.cairn.governance.GovernanceGroupTests.refusal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.cairn.directory.Sector;
import scot.cairn.governance.RoleRules.Candidate;
import scot.cairn.governance.RoleRules.Load;
import scot.cairn.governance.RoleRules.PartnerFacts;
import scot.cairn.partnership.Role;
import scot.cairn.platform.English;
import scot.cairn.platform.Message;

class RoleRulesTests {

    static final long COUNCIL = 1;
    static final long CVS = 2;
    static final long CONSULTED_CHARITY = 3;
    static final long CONSULTED_BOARD = 4;
    static final long OUTSIDER = 5;

    static final PartnerFacts PARTNERS = new PartnerFacts(
            Map.of(
                    COUNCIL, Sector.PUBLIC,
                    CVS, Sector.THIRD,
                    CONSULTED_CHARITY, Sector.THIRD,
                    CONSULTED_BOARD, Sector.PUBLIC),
            Set.of(COUNCIL, CVS),
            Map.of(
                    COUNCIL, "Falkirk Council",
                    CVS, "Falkirk CVS",
                    CONSULTED_CHARITY, "Quarriers",
                    CONSULTED_BOARD, "NHS Forth Valley"));

    static final Load FREE = new Load(BigDecimal.ZERO, BigDecimal.valueOf(20), 120);

    static Candidate candidate(Role role, long person, Long employer, String days) {
        Long org = role == Role.SERVICE_USER_REPRESENTATIVE ? null : employer;
        return new Candidate(
                null, role, person, "Person " + person, employer, org, days == null ? null : new BigDecimal(days));
    }

    static RoleAssignment held(long id, Role role, long person, Long org, boolean lead) {
        return new RoleAssignment(id, 0, 9L, role, person, org, BigDecimal.ONE, lead);
    }

    static Map<String, String> check(Candidate c, List<RoleAssignment> others, Load load) {
        return refusal(() -> RoleRules.check(c, others, PARTNERS, load));
    }

    static void ok(Candidate c, List<RoleAssignment> others, Load load) {
        assertThatCode(() -> RoleRules.check(c, others, PARTNERS, load)).doesNotThrowAnyException();
    }

    @Test
    void daysMustBeMoreThanZeroAndAtMostThirtyOne() {
        ok(candidate(Role.ANALYST, 10, COUNCIL, "0.5"), List.of(), FREE);
        ok(candidate(Role.ANALYST, 10, COUNCIL, "20"), List.of(), FREE);
        assertThat(check(candidate(Role.ANALYST, 10, COUNCIL, "0"), List.of(), FREE))
                .containsEntry("daysPerMonth", "Days per month must be more than 0 and at most 31");
        assertThat(check(
                        candidate(Role.ANALYST, 10, COUNCIL, "31.5"),
                        List.of(),
                        new Load(BigDecimal.ZERO, BigDecimal.valueOf(31), 200)))
                .containsEntry("daysPerMonth", "Days per month must be more than 0 and at most 31");
        assertThat(check(candidate(Role.ANALYST, 10, COUNCIL, "-1"), List.of(), FREE))
                .containsKey("daysPerMonth");
        assertThat(check(candidate(Role.ANALYST, 10, COUNCIL, null), List.of(), FREE))
                .containsEntry("daysPerMonth", "Enter the days per month committed, for example 2.5");
        assertThat(check(candidate(Role.ANALYST, 10, COUNCIL, "1.255"), List.of(), FREE))
                .containsEntry("daysPerMonth", "Days per month can have at most two decimal places");
    }

    @Test
    void aRoleIsRequired() {
        assertThat(check(candidate(null, 10, COUNCIL, "1"), List.of(), FREE)).containsEntry("role", "Choose a role");
    }

    @Test
    void organisationalRolesNeedAPartnerOrganisation() {
        assertThat(check(candidate(Role.ANALYST, 10, null, "1"), List.of(), FREE))
                .containsEntry("email", "Person 10 has no organisation, so cannot represent a partner as Analyst");
        assertThat(check(candidate(Role.ANALYST, 10, OUTSIDER, "1"), List.of(), FREE))
                .containsEntry("email", "This organisation is not a partner in this partnership");
        ok(candidate(Role.ANALYST, 10, CONSULTED_CHARITY, "1"), List.of(), FREE);
    }

    @Test
    void serviceUserRepresentativesTakePartForThemselves() {
        ok(candidate(Role.SERVICE_USER_REPRESENTATIVE, 10, null, "1"), List.of(), FREE);
        ok(candidate(Role.SERVICE_USER_REPRESENTATIVE, 10, OUTSIDER, "1"), List.of(), FREE);
    }

    @Test
    void eachCorePartnerHasAtMostOneSeniorSponsor() {
        var sponsor = held(1, Role.SENIOR_SPONSOR, 20, COUNCIL, true);
        assertThat(check(candidate(Role.SENIOR_SPONSOR, 10, COUNCIL, "1"), List.of(sponsor), FREE))
                .containsEntry("role", "Falkirk Council already has a Senior Sponsor; each core partner has one");
        ok(candidate(Role.SENIOR_SPONSOR, 10, CVS, "1"), List.of(sponsor), FREE);
    }

    @Test
    void seniorSponsorsComeFromCorePartners() {
        assertThat(check(candidate(Role.SENIOR_SPONSOR, 10, CONSULTED_CHARITY, "1"), List.of(), FREE))
                .containsEntry("role", "A Senior Sponsor must come from a core partner; Quarriers is not one");
    }

    @Test
    void procurementRepresentativeComesFromAPublicSectorPartner() {
        ok(candidate(Role.PROCUREMENT_REPRESENTATIVE, 10, COUNCIL, "1"), List.of(), FREE);
        ok(candidate(Role.PROCUREMENT_REPRESENTATIVE, 10, CONSULTED_BOARD, "1"), List.of(), FREE);
        assertThat(check(candidate(Role.PROCUREMENT_REPRESENTATIVE, 10, CVS, "1"), List.of(), FREE))
                .containsEntry(
                        "role",
                        "The Procurement Representative must come from a public-sector partner; Falkirk CVS is not"
                                + " public sector");
    }

    @Test
    void facilitatorIsNotEmployedByACorePartner() {
        ok(candidate(Role.FACILITATOR, 10, null, "1"), List.of(), FREE);
        ok(candidate(Role.FACILITATOR, 10, OUTSIDER, "1"), List.of(), FREE);
        ok(candidate(Role.FACILITATOR, 10, CONSULTED_CHARITY, "1"), List.of(), FREE);
        assertThat(check(candidate(Role.FACILITATOR, 10, COUNCIL, "1"), List.of(), FREE))
                .containsEntry(
                        "role",
                        "A Facilitator must be independent of the partners, but Person 10 works for Falkirk Council, a"
                                + " core partner");
    }

    @Test
    void aPersonHoldsEachRoleOnce() {
        assertThat(check(
                        candidate(Role.ANALYST, 10, COUNCIL, "1"),
                        List.of(held(1, Role.ANALYST, 10, COUNCIL, false)),
                        FREE))
                .containsEntry("role", "Person 10 already holds the role Analyst");
        ok(candidate(Role.ANALYST, 10, COUNCIL, "1"), List.of(held(1, Role.PROJECT_MANAGER, 10, COUNCIL, false)), FREE);
    }

    @Test
    void commitmentUpToTheCeilingIsAllowedAndAboveIsRefused() {
        var busy = new Load(BigDecimal.valueOf(20), BigDecimal.valueOf(20), 120);
        ok(candidate(Role.ANALYST, 10, COUNCIL, "4"), List.of(), busy);
        assertThat(check(candidate(Role.ANALYST, 10, COUNCIL, "4.5"), List.of(), busy))
                .containsEntry(
                        "daysPerMonth",
                        "This would commit Person 10 to 24.5 of their 20 days a month (123%), more than the limit of"
                                + " 120%");
        var strict = new Load(BigDecimal.valueOf(8), BigDecimal.valueOf(10), 100);
        ok(candidate(Role.ANALYST, 10, COUNCIL, "2"), List.of(), strict);
        assertThat(check(candidate(Role.ANALYST, 10, COUNCIL, "2.5"), List.of(), strict))
                .containsKey("daysPerMonth");
    }

    @Test
    void percentOfCapacityRoundsToWholeNumbers() {
        assertThat(RoleRules.percent(new BigDecimal("19.9"), BigDecimal.valueOf(20)))
                .isEqualByComparingTo("100");
        assertThat(RoleRules.percent(new BigDecimal("10"), BigDecimal.valueOf(20)))
                .isEqualByComparingTo("50");
        assertThat(RoleRules.percent(new BigDecimal("10"), BigDecimal.ZERO)).isEqualByComparingTo("0");
    }

    @Test
    void theLeadSponsorCannotLeaveWhileOtherSponsorsRemain() {
        var lead = held(1, Role.SENIOR_SPONSOR, 20, COUNCIL, true);
        var other = held(2, Role.SENIOR_SPONSOR, 21, CVS, false);
        assertThat(refusal(() -> RoleRules.checkLeadMayGo(lead, List.of(other), null)))
                .containsEntry("role", "This is the lead Senior Sponsor: make another sponsor the lead first");
        assertThat(refusal(() -> RoleRules.checkLeadMayGo(lead, List.of(other), Role.ANALYST)))
                .containsKey("role");
        assertThatCode(() -> RoleRules.checkLeadMayGo(lead, List.of(other), Role.SENIOR_SPONSOR))
                .doesNotThrowAnyException();
        assertThatCode(() -> RoleRules.checkLeadMayGo(lead, List.of(), null)).doesNotThrowAnyException();
        assertThatCode(() -> RoleRules.checkLeadMayGo(other, List.of(lead), null))
                .doesNotThrowAnyException();
    }

    @Test
    void onlyASeniorSponsorCarriesTheLeadFlag() {
        var analyst = held(1, Role.ANALYST, 20, COUNCIL, false);
        analyst.lead(true);
        assertThat(analyst.leadSponsor()).isFalse();
        var sponsor = held(2, Role.SENIOR_SPONSOR, 20, COUNCIL, true);
        sponsor.change(candidate(Role.ANALYST, 20, COUNCIL, "1"));
        assertThat(sponsor.lead()).isFalse();
    }

    @Test
    void warnsWithoutAProjectManagerAndForEachCorePartnerWithoutASponsor() {
        var warnings = RoleRules.warnings(List.of(held(1, Role.SENIOR_SPONSOR, 20, COUNCIL, true)), PARTNERS);
        assertThat(warnings)
                .extracting(GovernanceCheck::check, GovernanceCheck::met)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RoleRules.PM_CHECK, false),
                        org.assertj.core.groups.Tuple.tuple(
                                Message.of("governance.check.sponsor", "Falkirk Council"), true),
                        org.assertj.core.groups.Tuple.tuple(
                                Message.of("governance.check.sponsor", "Falkirk CVS"), false));
        assertThat(English.of(warnings.get(0).explanation())).isEqualTo(English.of(RoleRules.NO_PM));
        assertThat(English.of(warnings.get(2).explanation()))
                .startsWith("Missing sponsor for core partner Falkirk CVS");
        var complete = RoleRules.warnings(
                List.of(
                        held(1, Role.SENIOR_SPONSOR, 20, COUNCIL, true),
                        held(2, Role.SENIOR_SPONSOR, 21, CVS, false),
                        held(3, Role.PROJECT_MANAGER, 21, CVS, false)),
                PARTNERS);
        assertThat(complete).allMatch(GovernanceCheck::met);
    }
}
