package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.directory.PersonService;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Role;
import scot.cairn.platform.English;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** A partner cannot be removed while its people sit on groups or hold roles: nothing is left dangling. */
@CairnTest
class PartnerRemovalIntegrationTests {

    @Autowired
    GovernanceFixture governanceFixture;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    MembershipService membership;

    @Autowired
    PersonService people;

    @Autowired
    GroupService groups;

    @Autowired
    RoleService roles;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Test
    void thePartnersPageSaysWhatStillHoldsThePartner() throws Exception {
        var fixture = governanceFixture;
        long id = fixture.fosterCare();
        long cvs = fixture.org("Falkirk CVS");

        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
                                        "/partnerships/" + id + "/partners/" + cvs + "/remove")
                                .with(users.as(DemoUsers.FIONA))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Falkirk CVS still has")));

        assertThat(partnerships.get(id, users.current(DemoUsers.FIONA)).partners())
                .anyMatch(p -> p.organisationId() == cvs);
    }

    @Test
    void aPartnerWithSeatsAndRolesIsKeptUntilTheyAreRemoved() {
        var fixture = governanceFixture;
        var fiona = users.current(DemoUsers.FIONA);
        long id = fixture.newPartnership();
        long cvs = fixture.org("Falkirk CVS");
        var board = groups.create(id, GroupKind.BOARD, fiona);
        groups.addMember(id, board.id(), MemberDetails.of(DemoUsers.DAVID, false), fiona);
        var sponsor = roles.assign(
                id, new AssignmentDetails(Role.SENIOR_SPONSOR, DemoUsers.DAVID, GovernanceFixture.SPONSOR_DAYS), fiona);

        assertThatThrownBy(() -> membership.removePartner(id, cvs, fiona))
                .isInstanceOf(InvalidInputException.class)
                .extracting(
                        e -> English.of(((InvalidInputException) e).fieldErrors())
                                .get("organisationId"),
                        STRING)
                .contains("Falkirk CVS still has 1 seat on a group, 1 role in this partnership");
        assertThat(partnerships.get(id, fiona).partners()).anyMatch(p -> p.organisationId() == cvs);

        groups.removeMember(id, board.id(), users.current(DemoUsers.DAVID).personId(), fiona);
        roles.remove(id, sponsor.id(), fiona);
        membership.removePartner(id, cvs, fiona);

        assertThat(partnerships.get(id, fiona).partners()).noneMatch(p -> p.organisationId() == cvs);
    }
}
