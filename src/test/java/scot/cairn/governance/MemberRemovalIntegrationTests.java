package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.partnership.MemberRemoved;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Role;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.English;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/**
 * A member who holds seats or roles is not simply removed, leaving roles held by someone who can no longer see the
 * partnership: the removal is refused with what they hold, or ends those in the same step when the manager says so.
 */
@CairnTest
@RecordApplicationEvents
class MemberRemovalIntegrationTests {

    @Autowired
    GovernanceFixture fixture;

    @Autowired
    MembershipService membership;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    GroupService groups;

    @Autowired
    RoleService roles;

    @Autowired
    AuditTrail audit;

    @Autowired
    MockMvc mvc;

    /** A partnership where David sits on the board and the project team, leads a workstream and is the Analyst. */
    private long withDavidHoldingEverything() {
        long id = fixture.newPartnership();
        var fiona = fixture.users().current(DemoUsers.FIONA);
        fixture.board(id);
        var team = groups.create(id, GroupKind.PROJECT_TEAM, fiona);
        groups.addMember(id, team.id(), MemberDetails.of(DemoUsers.DAVID, false), fiona);
        long david = fixture.users().current(DemoUsers.DAVID).personId();
        groups.addWorkstream(id, team.id(), "Recruitment", david, fiona);
        roles.assign(id, new AssignmentDetails(Role.ANALYST, DemoUsers.DAVID, new BigDecimal("0.01")), fiona);
        return id;
    }

    @Test
    void removingAMemberWhoHoldsSeatsAndRolesIsRefusedWithWhatTheyHold() {
        long id = withDavidHoldingEverything();
        var fiona = fixture.users().current(DemoUsers.FIONA);
        long david = fixture.users().current(DemoUsers.DAVID).personId();

        assertThatThrownBy(() -> membership.removeMember(id, david, false, fiona))
                .isInstanceOf(InvalidInputException.class)
                .extracting(
                        e -> English.of(((InvalidInputException) e).fieldErrors())
                                .get("personId"),
                        STRING)
                .startsWith("David Kerr still holds ")
                .contains("a seat on the Governance Group / Project Board")
                .contains("a seat on the Project Team")
                .contains("the lead of the workstream Recruitment")
                .contains("the role Analyst");
        assertThat(partnerships.get(id, fiona).members()).anyMatch(m -> m.personId() == david);
    }

    @Test
    void removingAndEndingInOneStepLeavesNothingHeldAndSaysSo(ApplicationEvents events) {
        long id = withDavidHoldingEverything();
        var fiona = fixture.users().current(DemoUsers.FIONA);
        long david = fixture.users().current(DemoUsers.DAVID).personId();

        membership.removeMember(id, david, true, fiona);

        assertThat(partnerships.get(id, fiona).members()).noneMatch(m -> m.personId() == david);
        assertThat(membership.heldBy(id, david, fiona)).isEmpty();
        var team = groups.groups(id, fiona).stream()
                .filter(g -> g.kind() == GroupKind.PROJECT_TEAM)
                .findFirst()
                .orElseThrow();
        assertThat(team.workstreams()).singleElement().satisfies(w -> {
            assertThat(w.leadPersonId()).isNull();
            assertThat(w.leadName()).isEqualTo("No lead: its lead left the partnership");
        });
        assertThat(roles.assignments(id, fiona)).noneMatch(a -> a.personId() == david);
        assertThat(audit.forPartnership(id))
                .anySatisfy(e -> assertThat(e.action()).isEqualTo("partnership.audit.memberRemoved"))
                .anySatisfy(e -> assertThat(e.changes())
                        .contains(
                                "governance.audit.member: David Kerr -> (none)",
                                "governance.audit.role: partnership.role.ANALYST -> (none)"));
        assertThat(events.stream(MemberRemoved.class))
                .anyMatch(e -> e.partnershipId() == id && e.personId() == david && e.role() == MemberRole.MEMBER);
    }

    @Test
    void whenTheLeadSponsorLeavesAnotherSponsorLeads() {
        long id = fixture.newPartnership();
        var fiona = fixture.users().current(DemoUsers.FIONA);
        fixture.sponsors(id);
        var davids = roles.assignments(id, fiona).stream()
                .filter(a -> a.role() == Role.SENIOR_SPONSOR && DemoUsers.DAVID.equals(a.email()))
                .findFirst()
                .orElseThrow();
        roles.makeLead(id, davids.id(), fiona);

        membership.removeMember(id, davids.personId(), true, fiona);

        assertThat(roles.assignments(id, fiona).stream()
                        .filter(a -> a.role() == Role.SENIOR_SPONSOR)
                        .toList())
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.email()).isEqualTo(DemoUsers.FIONA);
                    assertThat(a.lead()).isTrue();
                });
    }

    @Test
    void theMembersPageOffersToEndWhatTheMemberHoldsAndTheApiTakesEndHeld() throws Exception {
        long id = withDavidHoldingEverything();
        long david = fixture.users().current(DemoUsers.DAVID).personId();
        String remove = "/partnerships/" + id + "/members/" + david + "/remove";

        String page = mvc.perform(
                        post(remove).with(fixture.users().as(DemoUsers.FIONA)).with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("There is a problem", "David Kerr still holds")
                .contains("Remove David Kerr and end these", "name=\"endHeld\" value=\"true\"");

        String api = "/api/v1/partnerships/" + id + "/members/" + david;
        mvc.perform(delete(api)
                        .header(HttpHeaders.AUTHORIZATION, fixture.users().bearer(DemoUsers.FIONA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        mvc.perform(post(remove)
                        .param("endHeld", "true")
                        .with(fixture.users().as(DemoUsers.FIONA))
                        .with(csrf()))
                .andExpect(redirectedUrl("/partnerships/" + id + "/members"));
        mvc.perform(delete(api + "?endHeld=true")
                        .header(HttpHeaders.AUTHORIZATION, fixture.users().bearer(DemoUsers.FIONA)))
                .andExpect(status().isNotFound());
    }
}
