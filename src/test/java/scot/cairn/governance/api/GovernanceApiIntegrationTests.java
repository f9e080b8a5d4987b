package scot.cairn.governance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static scot.cairn.governance.api.GovernanceApi.base;
import static scot.cairn.governance.api.GovernanceApi.id;
import static scot.cairn.governance.api.GovernanceApi.read;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.directory.PersonService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.RoleService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

@CairnTest
class GovernanceApiIntegrationTests {

    @Autowired
    GovernanceFixture governanceFixture;

    static final String FIONA = DemoUsers.FIONA;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    PersonService people;

    @Autowired
    RoleService roles;

    GovernanceApi api;
    GovernanceFixture fixture;
    long id;

    @BeforeEach
    void setUp() {
        api = new GovernanceApi(mvc, json, users);
        fixture = governanceFixture;
        id = fixture.newPartnership();
    }

    long group(String kind) throws Exception {
        var all = api.get(FIONA, base(id) + "/groups").andExpect(status().isOk());
        List<Number> ids = read(all, "$[?(@.kind == '" + kind + "')].id");
        return ids.get(0).longValue();
    }

    @Test
    void managerSetsUpGroupsWithMembersWorkstreamsAndProviders() throws Exception {
        api.post(FIONA, base(id) + "/groups/standard", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$[*].kind", contains("BOARD", "PROJECT_TEAM", "SERVICE_USER_FORUM", "INFORMED_PROVIDERS")));
        api.post(FIONA, base(id) + "/groups", Map.of("kind", "COMMUNICATIONS"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("COMMUNICATIONS"));
        api.post(FIONA, base(id) + "/groups", Map.of("kind", "BOARD"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));

        long board = group("BOARD");
        String members = base(id) + "/groups/" + board + "/members";
        api.post(FIONA, members, Map.of("email", FIONA, "serviceUser", false)).andExpect(status().isOk());
        api.post(FIONA, members, Map.of("email", DemoUsers.DAVID, "serviceUser", false))
                .andExpect(status().isOk());
        api.get(FIONA, base(id) + "/governance/checks")
                .andExpect(
                        jsonPath("$[?(@.check == 'Board representation')].met").value(false));
        api.post(FIONA, members, Map.of("email", DemoUsers.SAM, "serviceUser", true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Sam Taylor is not a member of this partnership: add them on the Members page first"));
        fixture.membership()
                .setMember(
                        id,
                        DemoUsers.SAM,
                        scot.cairn.partnership.MemberRole.MEMBER,
                        fixture.users().current(FIONA));
        api.post(FIONA, members, Map.of("email", DemoUsers.SAM, "serviceUser", false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Sam Taylor has no organisation: add them as a service user, family member or carer"));
        api.post(FIONA, members, Map.of("email", DemoUsers.SAM, "serviceUser", true))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(3));
        fixture.membership()
                .setMember(
                        id,
                        DemoUsers.IAIN,
                        scot.cairn.partnership.MemberRole.MEMBER,
                        fixture.users().current(FIONA));
        api.post(FIONA, members, Map.of("email", DemoUsers.IAIN, "serviceUser", false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Theatre Nemo is not a partner in this partnership"));
        api.get(FIONA, base(id) + "/governance/checks")
                .andExpect(
                        jsonPath("$[?(@.check == 'Board representation')].met").value(true))
                .andExpect(jsonPath("$[?(@.check == 'Board balance')].met").value(true));

        long team = group("PROJECT_TEAM");
        long david = users.current(DemoUsers.DAVID).personId();
        api.post(FIONA, base(id) + "/groups/" + team + "/workstreams", Map.of("name", "Design", "leadPersonId", david))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("leadPersonId"));
        api.post(FIONA, base(id) + "/groups/" + team + "/members", Map.of("email", DemoUsers.DAVID))
                .andExpect(status().isOk());
        api.post(FIONA, base(id) + "/groups/" + team + "/workstreams", Map.of("name", "Design", "leadPersonId", david))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workstreams[0].leadName").value("David Kerr"));
        api.delete(FIONA, base(id) + "/groups/" + team + "/members/" + david)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));

        long forum = group("INFORMED_PROVIDERS");
        String providers = base(id) + "/groups/" + forum + "/providers";
        api.post(FIONA, providers, Map.of("organisationId", fixture.org("Falkirk CVS")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Falkirk CVS is a core partner, so it cannot be an informed provider"));
        api.post(FIONA, providers, Map.of("organisationId", fixture.org("Quarriers")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.providers[0].name").value("Quarriers"));
        api.post(
                        FIONA,
                        base(id) + "/groups/" + board + "/providers",
                        Map.of("organisationId", fixture.org("Quarriers")))
                .andExpect(status().isBadRequest());

        api.get(FIONA, base(id) + "/history")
                .andExpect(jsonPath("$[*].action", hasItem("Group set up")))
                .andExpect(jsonPath("$[*].action", hasItem("Group member added")))
                .andExpect(jsonPath("$[*].action", hasItem("Workstream added")))
                .andExpect(jsonPath("$[*].action", hasItem("Informed provider added")));
    }

    @Test
    void rolesKeepOneSponsorPerCorePartnerAndASingleLead() throws Exception {
        // Fresh people: days committed add up across every partnership and every run on a shared database.
        var director = fixture.member(id, "Falkirk Council");
        var chief = fixture.member(id, "Falkirk CVS");
        String roles = base(id) + "/role-assignments";
        var first = api.post(FIONA, roles, role("SENIOR_SPONSOR", director.email(), "2"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lead").value(true))
                .andExpect(jsonPath("$.organisationName").value("Falkirk Council"));
        long fionaSponsor = id(first, "$.id");
        var colleague = fixture.member(id, "Falkirk Council");
        api.post(FIONA, roles, role("SENIOR_SPONSOR", colleague.email(), "2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Falkirk Council already has a Senior Sponsor; each core partner has one"));
        var second = api.post(FIONA, roles, role("SENIOR_SPONSOR", chief.email(), "1.5"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lead").value(false));
        long davidSponsor = id(second, "$.id");

        api.post(FIONA, roles + "/" + davidSponsor + "/lead", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lead").value(true));
        api.get(FIONA, roles + "/" + fionaSponsor).andExpect(jsonPath("$.lead").value(false));
        api.delete(FIONA, roles + "/" + davidSponsor)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));

        api.post(FIONA, roles, role("PROCUREMENT_REPRESENTATIVE", chief.email(), "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        api.post(FIONA, roles, role("FACILITATOR", colleague.email(), "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("A Facilitator must be independent of the partners, but " + colleague.fullName()
                                + " works for Falkirk Council, a core partner"));
        api.post(FIONA, roles, role("ANALYST", director.email(), "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("daysPerMonth"));

        int version = read(api.get(FIONA, roles + "/" + fionaSponsor), "$.version");
        api.put(
                        FIONA,
                        roles + "/" + fionaSponsor,
                        Map.of(
                                "version",
                                version,
                                "role",
                                "SENIOR_SPONSOR",
                                "email",
                                director.email(),
                                "daysPerMonth",
                                3))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.daysPerMonth").value(3));
        api.put(
                        FIONA,
                        roles + "/" + fionaSponsor,
                        Map.of(
                                "version",
                                version,
                                "role",
                                "SENIOR_SPONSOR",
                                "email",
                                director.email(),
                                "daysPerMonth",
                                4))
                .andExpect(status().isConflict());
        api.get(FIONA, base(id) + "/history")
                .andExpect(jsonPath("$[*].action", hasItem("Role assigned")))
                .andExpect(jsonPath("$[*].action", hasItem("Lead sponsor changed")))
                .andExpect(jsonPath("$[*].action", hasItem("Role assignment changed")));
    }

    @Test
    void commitmentIsWarnedAtCapacityAndRefusedAboveTheCeiling() throws Exception {
        var person = fixture.member(id, "Falkirk CVS");
        String roles = base(id) + "/role-assignments";
        api.post(FIONA, roles, role("ANALYST", person.email(), "10")).andExpect(status().isCreated());
        api.put(FIONA, base(id) + "/capacity", Map.of("email", person.email(), "capacity", 8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("capacity"));
        api.put(FIONA, base(id) + "/capacity", Map.of("email", person.email(), "capacity", 10))
                .andExpect(status().isOk());
        api.post(FIONA, roles, role("WORKSTREAM_LEAD", person.email(), "2"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.committedPercent").value(120));
        api.get(FIONA, base(id) + "/governance/checks")
                .andExpect(jsonPath("$[?(@.check == 'Time committed by " + person.fullName() + "')].met")
                        .value(false));
        api.post(FIONA, roles, role("COMMUNICATIONS_LEAD", person.email(), "0.5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("daysPerMonth"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("This would commit " + person.fullName()
                                + " to 12.5 of their 10 days a month (125%), more than the limit of 120%"));
    }

    @Test
    void leavingDesignNeedsAProjectManagerAndALeadSponsor() throws Exception {
        fixture.toDesign(id);
        var manager = fixture.member(id, "Falkirk CVS");
        String criterion = "$.criteria[?(@.criterion == 'A Project Manager and a lead Senior Sponsor are assigned')]";
        // The MoU signed on the way out of Explore made Fiona the lead Senior Sponsor.
        api.get(FIONA, base(id) + "/gate")
                .andExpect(jsonPath(criterion + ".met").value(false))
                .andExpect(jsonPath(criterion + ".reason").value("Still needs a Partnership / Project Manager."));
        api.post(FIONA, base(id) + "/role-assignments", role("PROJECT_MANAGER", manager.email(), "6"));
        api.get(FIONA, base(id) + "/gate")
                .andExpect(jsonPath(criterion + ".met").value(true));
    }

    @Test
    void observersReadButCannotChange() throws Exception {
        long psp = fixture.fosterCare();
        String sam = DemoUsers.SAM;
        api.get(sam, base(psp) + "/groups")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("BOARD"));
        long board = ((Number) read(api.get(sam, base(psp) + "/groups"), "$[0].id")).longValue();
        api.get(sam, base(psp) + "/groups/" + board).andExpect(status().isOk());
        api.get(sam, base(psp) + "/role-assignments").andExpect(status().isOk());
        api.get(sam, base(psp) + "/governance/checks").andExpect(status().isOk());
        api.get(sam, base(psp) + "/governance/responsibilities").andExpect(status().isOk());
        api.post(sam, base(psp) + "/groups/standard", "").andExpect(status().isForbidden());
        api.post(sam, base(psp) + "/groups/" + board + "/members", Map.of("email", sam))
                .andExpect(status().isForbidden());
        api.post(sam, base(psp) + "/role-assignments", role("ANALYST", sam, "1"))
                .andExpect(status().isForbidden());
        long any = ((Number) read(api.get(sam, base(psp) + "/role-assignments"), "$[0].id")).longValue();
        api.delete(sam, base(psp) + "/role-assignments/" + any).andExpect(status().isForbidden());
        api.post(sam, base(psp) + "/role-assignments/" + any + "/lead", "").andExpect(status().isForbidden());
    }

    @Test
    void outsidersGetNotFoundEverywhere() throws Exception {
        long psp = fixture.fosterCare();
        String iain = DemoUsers.IAIN;
        long board = ((Number) read(api.get(FIONA, base(psp) + "/groups"), "$[0].id")).longValue();
        long any = ((Number) read(api.get(FIONA, base(psp) + "/role-assignments"), "$[0].id")).longValue();
        for (var path : List.of(
                "/groups",
                "/groups/" + board,
                "/role-assignments",
                "/role-assignments/" + any,
                "/governance/checks",
                "/governance/responsibilities")) {
            api.get(iain, base(psp) + path).andExpect(status().isNotFound());
        }
        api.post(iain, base(psp) + "/groups/standard", "").andExpect(status().isNotFound());
        api.post(iain, base(psp) + "/groups", Map.of("kind", "COMMUNICATIONS")).andExpect(status().isNotFound());
        api.post(iain, base(psp) + "/groups/" + board + "/members", Map.of("email", iain))
                .andExpect(status().isNotFound());
        api.delete(iain, base(psp) + "/groups/" + board + "/members/1").andExpect(status().isNotFound());
        api.post(iain, base(psp) + "/role-assignments", role("ANALYST", iain, "1"))
                .andExpect(status().isNotFound());
        api.put(iain, base(psp) + "/role-assignments/" + any, role("ANALYST", iain, "1"))
                .andExpect(status().isNotFound());
        api.delete(iain, base(psp) + "/role-assignments/" + any).andExpect(status().isNotFound());
        api.put(iain, base(psp) + "/capacity", Map.of("email", iain, "capacity", 5))
                .andExpect(status().isNotFound());
        api.get(FIONA, base(id) + "/groups/" + board).andExpect(status().isNotFound());
    }

    @Test
    void responsibilitiesShowWhoHoldsThemOrNobody() throws Exception {
        long psp = fixture.fosterCare();
        api.get(FIONA, base(psp) + "/governance/responsibilities")
                .andExpect(jsonPath(
                        "$[?(@.responsibility == 'SIGN_MOU')].holders[*]",
                        org.hamcrest.Matchers.containsInAnyOrder("Fiona Reid", "David Kerr")))
                .andExpect(jsonPath("$[?(@.responsibility == 'SIGN_OFF')].holders[*]", hasItem("Sam Taylor")))
                .andExpect(
                        jsonPath("$[?(@.responsibility == 'MINUTES')].unheld").value(true));
        assertThat((List<?>) read(api.get(FIONA, base(id) + "/governance/responsibilities"), "$[?(@.unheld == false)]"))
                .isEmpty();
    }

    static Map<String, Object> role(String role, String email, String days) {
        return Map.of("role", role, "email", email, "daysPerMonth", new java.math.BigDecimal(days));
    }
}
