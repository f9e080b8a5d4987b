package scot.cairn.governance;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.support.Bulk;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Refusals;
import scot.cairn.support.Requests;

/**
 * Each collection of a partnership's governance has a stated limit, the same on the pages and in the API: the last
 * one that fits is taken, the next is refused with "... has at most N ...; this one would have N+1". The collections
 * are filled straight in the database up to one below the limit.
 */
@CairnTest
class GovernanceLimitsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GovernanceFixture fixture;

    @Autowired
    GroupService groups;

    Requests requests;
    Bulk bulk;
    long id;
    String api;

    @BeforeEach
    void setUp() {
        requests = new Requests(mvc, users);
        bulk = new Bulk(jdbc);
        id = fixture.newPartnership();
        api = "/api/v1/partnerships/" + id;
    }

    @Test
    void aGroupHasAtMostTwoHundredMembers() throws Exception {
        long board = fixture.board(id);
        for (long person : bulk.people(197, null)) {
            jdbc.sql("insert into governance_group_member (group_id, person_id) values (?, ?)")
                    .params(board, person)
                    .update();
        }
        var sam = fixture.member(id, null);
        var next = fixture.member(id, null);
        requests.api(HttpMethod.POST, api + "/groups/" + board + "/members", DemoUsers.FIONA, memberJson(sam.email()))
                .andExpect(status().isOk());

        String message = "A group has at most 200 members; this one would have 201";
        Refusals.onPage(
                requests.form(
                        "/partnerships/" + id + "/governance/groups/" + board + "/members",
                        DemoUsers.FIONA,
                        "email",
                        next.email(),
                        "takingPart",
                        "SERVICE_USER"),
                message);
        Refusals.inApi(
                requests.api(
                        HttpMethod.POST,
                        api + "/groups/" + board + "/members",
                        DemoUsers.FIONA,
                        memberJson(next.email())),
                "email",
                message);
    }

    @Test
    void theProjectTeamHasAtMostFiftyWorkstreams() throws Exception {
        var fiona = users.current(DemoUsers.FIONA);
        long team = groups.create(id, GroupKind.PROJECT_TEAM, fiona).id();
        groups.addMember(id, team, MemberDetails.of(DemoUsers.FIONA, false), fiona);
        for (int i = 1; i <= 49; i++) {
            jdbc.sql("insert into governance_workstream (group_id, name) values (?, ?)")
                    .params(team, "Stream " + i)
                    .update();
        }
        String lead = String.valueOf(fiona.personId());
        requests.api(
                        HttpMethod.POST,
                        api + "/groups/" + team + "/workstreams",
                        DemoUsers.FIONA,
                        workstream("Fiftieth", lead))
                .andExpect(status().isOk());

        String message = "The Project Team has at most 50 workstreams; this one would have 51";
        Refusals.onPage(
                requests.form(
                        "/partnerships/" + id + "/governance/groups/" + team + "/workstreams",
                        DemoUsers.FIONA,
                        "name",
                        "One more",
                        "leadPersonId",
                        lead),
                message);
        Refusals.inApi(
                requests.api(
                        HttpMethod.POST,
                        api + "/groups/" + team + "/workstreams",
                        DemoUsers.FIONA,
                        workstream("More", lead)),
                "name",
                message);
    }

    @Test
    void theInformedProvidersForumHasAtMostFiveHundredOrganisations() throws Exception {
        long forum = groups.create(id, GroupKind.INFORMED_PROVIDERS, users.current(DemoUsers.FIONA))
                .id();
        List<Long> orgs = bulk.organisations(501);
        for (long org : orgs.subList(0, 499)) {
            jdbc.sql("insert into governance_informed_provider (group_id, organisation_id) values (?, ?)")
                    .params(forum, org)
                    .update();
        }
        requests.api(HttpMethod.POST, api + "/groups/" + forum + "/providers", DemoUsers.FIONA, provider(orgs.get(499)))
                .andExpect(status().isOk());

        String message =
                "The Forum of Consulted / Informed Providers has at most 500 organisations; this one would have 501";
        Refusals.onPage(
                requests.form(
                        "/partnerships/" + id + "/governance/groups/" + forum + "/providers",
                        DemoUsers.FIONA,
                        "organisationId",
                        String.valueOf(orgs.get(500))),
                message);
        Refusals.inApi(
                requests.api(
                        HttpMethod.POST,
                        api + "/groups/" + forum + "/providers",
                        DemoUsers.FIONA,
                        provider(orgs.get(500))),
                "organisationId",
                message);
    }

    @Test
    void aPartnershipHasAtMostFiveHundredRoleAssignments() throws Exception {
        for (long person : bulk.people(499, null)) {
            jdbc.sql("insert into governance_role_assignment"
                            + " (version, partnership_id, role, person_id, days_per_month, lead)"
                            + " values (0, ?, 'ANALYST', ?, 0.01, false)")
                    .params(id, person)
                    .update();
        }
        requests.api(HttpMethod.POST, api + "/role-assignments", DemoUsers.FIONA, role(DemoUsers.FIONA))
                .andExpect(status().isCreated());

        String message = "A partnership has at most 500 role assignments; this one would have 501";
        Refusals.onPage(
                requests.form(
                        "/partnerships/" + id + "/governance/roles",
                        DemoUsers.FIONA,
                        "role",
                        "ANALYST",
                        "email",
                        DemoUsers.DAVID,
                        "daysPerMonth",
                        "0.01"),
                message);
        Refusals.inApi(
                requests.api(HttpMethod.POST, api + "/role-assignments", DemoUsers.FIONA, role(DemoUsers.DAVID)),
                "",
                message);
    }

    @Test
    void aDecisionLogHasAtMostAThousandDecisions() throws Exception {
        long fiona = users.current(DemoUsers.FIONA).personId();
        for (int n = 1; n <= 999; n++) {
            jdbc.sql("insert into governance_decision (version, partnership_id, number, title, context, decision,"
                            + " decision_date, joint, status, proposed_by, proposed_at)"
                            + " values (0, ?, ?, 'Filled', 'Context', 'Decision', date '2025-01-01', false, 'DRAFT', ?,"
                            + " current_timestamp)")
                    .params(id, n, fiona)
                    .update();
        }
        jdbc.sql("insert into platform_sequence (name, owner_id, last_value) values ('governance-decision', ?, 999)")
                .param(id)
                .update();
        requests.api(HttpMethod.POST, api + "/decisions", DemoUsers.FIONA, decision("The thousandth"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("D-1000"));

        String message = "A decision log has at most 1,000 decisions; this one would have 1,001";
        Refusals.onPage(
                requests.form(
                        "/partnerships/" + id + "/governance/decisions",
                        DemoUsers.FIONA,
                        "title",
                        "One more",
                        "context",
                        "Context",
                        "decision",
                        "Decision",
                        "decisionDate",
                        "2025-01-01",
                        "joint",
                        "false"),
                message);
        Refusals.inApi(
                requests.api(HttpMethod.POST, api + "/decisions", DemoUsers.FIONA, decision("More")), "", message);
    }

    private static String memberJson(String email) {
        return "{\"email\":\"" + email + "\",\"serviceUser\":true}";
    }

    private static String workstream(String name, String lead) {
        return "{\"name\":\"" + name + "\",\"leadPersonId\":" + lead + "}";
    }

    private static String provider(long organisationId) {
        return "{\"organisationId\":" + organisationId + "}";
    }

    private static String role(String email) {
        return "{\"role\":\"ANALYST\",\"email\":\"" + email + "\",\"daysPerMonth\":0.01}";
    }

    private static String decision(String title) {
        return "{\"title\":\"" + title
                + "\",\"context\":\"C\",\"decision\":\"D\",\"decisionDate\":\"2025-01-01\",\"joint\":false}";
    }
}
