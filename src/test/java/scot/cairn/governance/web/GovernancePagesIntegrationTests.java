package scot.cairn.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.directory.PersonService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.RoleService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class GovernancePagesIntegrationTests {

    @Autowired
    GovernanceFixture governanceFixture;

    static final String FIONA = DemoUsers.FIONA;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    PersonService people;

    @Autowired
    GroupService groups;

    @Autowired
    RoleService roles;

    @Autowired
    scot.cairn.platform.AuditTrail audit;

    GovernanceFixture fixture;
    long id;
    String base;

    @BeforeEach
    void setUp() {
        fixture = governanceFixture;
        id = fixture.newPartnership();
        base = "/partnerships/" + id + "/governance";
    }

    ResultActions get(String url, String who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(users.as(who)));
    }

    ResultActions post(String url, String who, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(url).with(users.as(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    String page(String url, String who) throws Exception {
        return html(get(url, who).andExpect(status().isOk()));
    }

    static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long group(GroupKind kind) {
        return groups.groups(id, users.current(FIONA)).stream()
                .filter(g -> g.kind() == kind)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void overviewWarnsWithoutAProjectManagerAndSetsUpTheStandardGroups() throws Exception {
        var html = page(base, FIONA);
        assertThat(html)
                .contains("<h1 class=\"govuk-heading-l\">Governance</h1>")
                .contains("This partnership has no Partnership / Project Manager yet.")
                .contains("There is no Governance Group / Project Board yet.")
                .contains("Set up the standard groups")
                .contains("aria-current=\"page\">Governance</a>");
        assertThat(page("/partnerships/" + id, FIONA))
                .contains("govuk-warning-text")
                .contains("This partnership has no Partnership / Project Manager yet.");

        post(base + "/groups/standard", FIONA).andExpect(redirectedUrl(base));
        html = page(base, FIONA);
        assertThat(html)
                .contains("Project Team", "Service User Consultation Forum")
                .contains("Add the Communications Group")
                .doesNotContain("Set up the standard groups");
        post(base + "/groups", FIONA, "kind", "COMMUNICATIONS").andExpect(redirectedUrl(base));
        assertThat(html(post(base + "/groups", FIONA, "kind", "COMMUNICATIONS").andExpect(status().isOk())))
                .contains("This partnership already has a Communications Group");
        assertThat(audit.forPartnership(id).stream().map(scot.cairn.platform.AuditEvent::action))
                .contains("governance.audit.groupSetUp");
    }

    @Test
    void groupPageAddsMembersAndShowsEachRefusal() throws Exception {
        groups.setUpStandard(id, users.current(FIONA));
        String board = base + "/groups/" + group(GroupKind.BOARD);
        assertThat(page(board, FIONA)).contains("Signs off each stage", "How they take part");
        assertThat(html(post(board + "/members", FIONA, "email", DemoUsers.SAM, "takingPart", "SERVICE_USER")))
                .contains("<a href=\"#email\">Sam Taylor is not a member of this partnership: add them on the Members"
                        + " page first</a>");
        fixture.membership()
                .setMember(id, DemoUsers.SAM, scot.cairn.partnership.MemberRole.MEMBER, users.current(FIONA));

        var refused = html(post(board + "/members", FIONA, "email", DemoUsers.SAM, "takingPart", "ORGANISATION")
                .andExpect(status().isOk()));
        assertThat(refused)
                .contains("govuk-error-summary")
                .contains("<a href=\"#email\">Sam Taylor has no organisation: add them as a service user, family"
                        + " member or carer</a>");
        assertThat(html(post(board + "/members", FIONA, "email", "").andExpect(status().isOk())))
                .contains("Enter the email address of the person to add")
                .contains("Choose whether they represent their organisation or take part as a service user");
        post(board + "/members", FIONA, "email", DemoUsers.SAM, "takingPart", "SERVICE_USER")
                .andExpect(redirectedUrl(board));
        post(board + "/members", FIONA, "email", FIONA, "takingPart", "ORGANISATION");
        assertThat(page(board, FIONA))
                .contains("As a service user, family member or carer")
                .contains("For Falkirk Council (Public sector)");

        String team = base + "/groups/" + group(GroupKind.PROJECT_TEAM);
        post(team + "/members", FIONA, "email", DemoUsers.DAVID, "takingPart", "ORGANISATION");
        long david = users.current(DemoUsers.DAVID).personId();
        assertThat(html(post(team + "/workstreams", FIONA, "name", "", "leadPersonId", "")
                        .andExpect(status().isOk())))
                .contains("Enter the workstream’s name", "Choose who leads the workstream");
        post(team + "/workstreams", FIONA, "name", "Placements", "leadPersonId", String.valueOf(david))
                .andExpect(redirectedUrl(team));
        assertThat(html(post(team + "/members/" + david + "/remove", FIONA).andExpect(status().isOk())))
                .contains("<a href=\"#remove-" + david + "\">This person leads the workstream Placements: choose"
                        + " another lead first</a>");

        String forum = base + "/groups/" + group(GroupKind.INFORMED_PROVIDERS);
        assertThat(html(post(forum + "/providers", FIONA, "organisationId", String.valueOf(fixture.org("Falkirk CVS")))
                        .andExpect(status().isOk())))
                .contains("Falkirk CVS is a core partner, so it cannot be an informed provider");
        post(forum + "/providers", FIONA, "organisationId", String.valueOf(fixture.org("Quarriers")))
                .andExpect(redirectedUrl(forum));
        assertThat(page(forum, FIONA)).contains("Organisations kept informed", "Quarriers");
    }

    @Test
    void rolesPageAssignsAndShowsEachRuleRefusal() throws Exception {
        String rolesPage = base + "/roles";
        assertThat(page(rolesPage, FIONA))
                .contains("This partnership has no Partnership / Project Manager yet.")
                .contains("Missing sponsor for core partner Falkirk CVS");
        // Fresh people: days committed add up across every partnership and every run on a shared database.
        var director = fixture.member(id, "Falkirk Council");
        var chief = fixture.member(id, "Falkirk CVS");
        post(rolesPage, FIONA, "role", "SENIOR_SPONSOR", "email", director.email(), "daysPerMonth", "2")
                .andExpect(redirectedUrl(rolesPage));
        var colleague = fixture.member(id, "Falkirk Council");
        assertThat(html(post(
                                rolesPage,
                                FIONA,
                                "role",
                                "SENIOR_SPONSOR",
                                "email",
                                colleague.email(),
                                "daysPerMonth",
                                "1")
                        .andExpect(status().isOk())))
                .contains(
                        "<a href=\"#role\">Falkirk Council already has a Senior Sponsor; each core partner has one</a>");
        assertThat(html(post(
                        rolesPage,
                        FIONA,
                        "role",
                        "PROCUREMENT_REPRESENTATIVE",
                        "email",
                        chief.email(),
                        "daysPerMonth",
                        "1")))
                .contains("The Procurement Representative must come from a public-sector partner");
        assertThat(html(post(rolesPage, FIONA, "role", "FACILITATOR", "email", colleague.email(), "daysPerMonth", "1")))
                .contains("A Facilitator must be independent of the partners");
        assertThat(html(post(rolesPage, FIONA, "role", "", "email", "", "daysPerMonth", "")))
                .contains("Choose a role", "Enter the person’s email address");
        assertThat(html(post(rolesPage, FIONA, "role", "ANALYST", "email", director.email(), "daysPerMonth", "lots")))
                .contains("<a href=\"#daysPerMonth\">");
        assertThat(html(post(rolesPage, FIONA, "role", "ANALYST", "email", director.email(), "daysPerMonth", "23")))
                .contains("This would commit " + director.fullName() + " to");

        post(rolesPage, FIONA, "role", "PROJECT_MANAGER", "email", chief.email(), "daysPerMonth", "20");
        var html = page(rolesPage, FIONA);
        assertThat(html)
                .contains("Lead sponsor", "Partnership / Project Manager", chief.fullName())
                .contains("Fully committed")
                .doesNotContain("This partnership has no Partnership / Project Manager yet.");
        assertThat(page("/partnerships/" + id, FIONA)).doesNotContain("no Partnership / Project Manager");
        assertThat(page(base + "/responsibilities", FIONA))
                .contains("Write the PID and the project plan", "Nobody yet", chief.fullName());
        assertThat(audit.forPartnership(id).stream().map(scot.cairn.platform.AuditEvent::action))
                .contains("governance.audit.roleAssigned");
    }

    @Test
    void editingARoleChecksTheRulesAndTheVersion() throws Exception {
        var fiona = users.current(FIONA);
        var chief = fixture.member(id, "Falkirk CVS");
        var pm = roles.assign(
                id,
                new scot.cairn.governance.AssignmentDetails(
                        scot.cairn.partnership.Role.PROJECT_MANAGER, chief.email(), java.math.BigDecimal.ONE),
                fiona);
        String edit = base + "/roles/" + pm.id() + "/edit";
        assertThat(page(edit, FIONA)).contains("Change role: " + chief.fullName(), "value=\"" + chief.email() + "\"");
        assertThat(html(post(
                        edit,
                        FIONA,
                        "version",
                        String.valueOf(pm.version()),
                        "role",
                        "PROCUREMENT_REPRESENTATIVE",
                        "email",
                        chief.email(),
                        "daysPerMonth",
                        "1")))
                .contains("The Procurement Representative must come from a public-sector partner");
        post(
                        edit,
                        FIONA,
                        "version",
                        String.valueOf(pm.version()),
                        "role",
                        "PROJECT_MANAGER",
                        "email",
                        chief.email(),
                        "daysPerMonth",
                        "3")
                .andExpect(redirectedUrl(base + "/roles"));
        assertThat(html(post(
                        edit,
                        FIONA,
                        "version",
                        String.valueOf(pm.version()),
                        "role",
                        "PROJECT_MANAGER",
                        "email",
                        chief.email(),
                        "daysPerMonth",
                        "4")))
                .contains("govuk-error-summary");
        assertThat(html(post(base + "/capacity", FIONA, "email", chief.email(), "capacity", "2")))
                .contains("<a href=\"#capacity\">This person already commits 3 days a month");
        post(base + "/capacity", FIONA, "email", chief.email(), "capacity", "12")
                .andExpect(redirectedUrl(base + "/roles"));
        assertThat(page(base + "/roles", FIONA)).contains("of 12 days");
    }

    @Test
    void observerReadsEveryPageButChangesNothing() throws Exception {
        long psp = fixture.fosterCare();
        String b = "/partnerships/" + psp + "/governance";
        var sam = users.current(DemoUsers.SAM);
        long board = groups.groups(psp, sam).get(0).id();
        long anyRole = roles.assignments(psp, sam).get(0).id();
        assertThat(page(b, DemoUsers.SAM))
                .contains("Governance Group / Project Board", "Sam Taylor")
                .doesNotContain("Set up the standard groups");
        assertThat(page(b + "/groups/" + board, DemoUsers.SAM)).doesNotContain("Add a member");
        assertThat(page(b + "/roles", DemoUsers.SAM)).doesNotContain("Assign a role");
        page(b + "/responsibilities", DemoUsers.SAM);
        for (var url : List.of(
                b + "/groups/standard",
                b + "/groups/" + board + "/members/1/remove",
                b + "/roles/" + anyRole + "/remove",
                b + "/roles/" + anyRole + "/lead",
                b + "/capacity")) {
            post(url, DemoUsers.SAM).andExpect(status().isForbidden());
        }
        post(b + "/groups/" + board + "/members", DemoUsers.SAM, "email", DemoUsers.SAM, "takingPart", "SERVICE_USER")
                .andExpect(status().isForbidden());
        post(b + "/roles", DemoUsers.SAM, "role", "ANALYST", "email", DemoUsers.SAM, "daysPerMonth", "1")
                .andExpect(status().isForbidden());
        get(b + "/roles/" + anyRole + "/edit", DemoUsers.SAM).andExpect(status().isForbidden());
        get(b + "/capacity", DemoUsers.SAM).andExpect(status().isForbidden());
    }

    @Test
    void outsiderGetsNotFoundOnEveryPage() throws Exception {
        long psp = fixture.fosterCare();
        String b = "/partnerships/" + psp + "/governance";
        var fiona = users.current(FIONA);
        long board = groups.groups(psp, fiona).get(0).id();
        long anyRole = roles.assignments(psp, fiona).get(0).id();
        for (var url : List.of(
                b,
                b + "/groups/" + board,
                b + "/roles",
                b + "/roles/" + anyRole + "/edit",
                b + "/responsibilities",
                b + "/capacity")) {
            get(url, DemoUsers.IAIN).andExpect(status().isNotFound());
        }
        for (var url :
                List.of(b + "/groups/standard", b + "/roles", b + "/roles/" + anyRole + "/lead", b + "/capacity")) {
            post(url, DemoUsers.IAIN).andExpect(status().isNotFound());
        }
        get(base + "/groups/" + board, FIONA).andExpect(status().isNotFound());
    }

    @Test
    void fosterCarePspHasItsBoardTeamAndRoles() throws Exception {
        long psp = fixture.fosterCare();
        var html = page("/partnerships/" + psp + "/governance", FIONA);
        assertThat(html)
                .contains("Sam Taylor (service user, family member or carer)")
                .contains("David Kerr (Falkirk CVS)")
                .contains("The board has public and third-sector representatives and service-user voices.");
        assertThat(page("/partnerships/" + psp + "/governance/roles", FIONA)).contains("Lead sponsor", "Fiona Reid");
        assertThat(page("/partnerships/" + psp + "/gate", FIONA))
                .contains("A Project Manager and a lead Senior Sponsor are assigned");
    }
}
