package scot.cairn.governance.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static scot.cairn.governance.api.GovernanceApi.base;
import static scot.cairn.governance.api.GovernanceApi.id;

import java.util.HashMap;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

@CairnTest
class DecisionApiIntegrationTests {

    @Autowired
    GovernanceFixture governanceFixture;

    static final String FIONA = DemoUsers.FIONA;
    static final String DAVID = DemoUsers.DAVID;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    MembershipService membership;

    @Autowired
    GroupService groups;

    GovernanceApi api;
    long id;
    long board;
    String decisions;

    /** Fiona on the board, Sam an observer on it as a carer; David a member, not yet on the board. */
    @BeforeEach
    void setUp() {
        api = new GovernanceApi(mvc, json, users);
        var fixture = governanceFixture;
        id = fixture.newPartnership();
        var fiona = users.current(FIONA);
        membership.setMember(id, DemoUsers.SAM, MemberRole.OBSERVER, fiona);
        board = groups.setUpStandard(id, fiona).stream()
                .filter(g -> g.kind() == GroupKind.BOARD)
                .findFirst()
                .orElseThrow()
                .id();
        groups.addMember(id, board, MemberDetails.of(FIONA, false), fiona);
        groups.addMember(id, board, MemberDetails.of(DemoUsers.SAM, true), fiona);
        decisions = base(id) + "/decisions";
    }

    static Map<String, Object> body(String title, boolean joint) {
        var body = new HashMap<String, Object>();
        body.put("title", title);
        body.put("context", "The pilot ended well.");
        body.put("decision", "Go to tender.");
        body.put("decisionDate", "2026-05-04");
        body.put("joint", joint);
        body.put("gate", "PILOT");
        body.put("document", "PID");
        return body;
    }

    @Test
    void aJointDecisionIsProposedApprovedByBothSectorsAndThenLocked() throws Exception {
        long d = id(
                api.post(FIONA, decisions, body("Proceed to Tender", true))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.reference").value("D-1"))
                        .andExpect(jsonPath("$.status").value("DRAFT"))
                        .andExpect(jsonPath("$.gate").value("PILOT")),
                "$.id");
        String one = decisions + "/" + d;
        api.post(FIONA, one + "/approvals", api.seen(one))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.waitingFor").value("Still needs approval from a third-sector board member."));
        api.post(DAVID, one + "/approvals", api.seen(one))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Only members of the Governance Group")));
        groups.addMember(id, board, MemberDetails.of(DAVID, false), users.current(FIONA));
        api.post(DAVID, one + "/approvals", api.seen(one))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvals[*].sector", Matchers.contains("PUBLIC", "THIRD")));

        var change = body("Proceed to Tender now", true);
        change.put("version", 3);
        api.put(FIONA, one, change)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("This decision was approved on ")))
                .andExpect(
                        jsonPath("$.detail").value(Matchers.endsWith("; record a new decision that supersedes it.")));
        api.get(FIONA, decisions)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Proceed to Tender"));
    }

    @Test
    void staleVersionsAreConflictsAndBadInputIsAProblemNamingEachField() throws Exception {
        var created = api.post(FIONA, decisions, body("Meet monthly", false)).andExpect(status().isCreated());
        long d = id(created, "$.id");
        int version = (int) id(created, "$.version");
        var change = body("Meet fortnightly", false);
        change.put("version", version);
        api.put(FIONA, decisions + "/" + d, change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Meet fortnightly"));
        change.put("title", "Meet weekly");
        api.put(FIONA, decisions + "/" + d, change)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Changed by someone else"));

        var bad = new HashMap<String, Object>();
        bad.put("title", "");
        bad.put("riskId", 0);
        api.post(FIONA, decisions, bad)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        Matchers.contains("title", "context", "decision", "decisionDate", "joint", "riskId")))
                .andExpect(jsonPath("$.errors[0].message").value("Enter a title for the decision"));
        var supersedingADraft = body("Replace it", false);
        supersedingADraft.put("supersedes", d);
        api.post(FIONA, decisions, supersedingADraft)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("supersedes"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Only an approved decision can be superseded; D-1 is awaiting approval"));
        api.get(FIONA, decisions).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void supersedingAndWithdrawingThroughTheApi() throws Exception {
        long old = id(api.post(FIONA, decisions, body("Recruit through the council", false)), "$.id");
        api.post(DemoUsers.SAM, decisions + "/" + old + "/approvals", api.seen(decisions + "/" + old))
                .andExpect(status().isForbidden());
        membership.setMember(id, DemoUsers.SAM, MemberRole.MEMBER, users.current(FIONA));
        api.post(DemoUsers.SAM, decisions + "/" + old + "/approvals", api.seen(decisions + "/" + old))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.approvals[0].organisationName").doesNotExist());
        membership.setMember(id, DemoUsers.SAM, MemberRole.OBSERVER, users.current(FIONA));
        var next = body("Recruit with the CVS", false);
        next.put("supersedes", old);
        long replacement = id(
                api.post(FIONA, decisions, next)
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.supersedes.reference").value("D-1")),
                "$.id");
        api.post(FIONA, decisions + "/" + replacement + "/approvals", api.seen(decisions + "/" + replacement))
                .andExpect(status().isOk());
        api.get(FIONA, decisions + "/" + old)
                .andExpect(jsonPath("$.supersededBy.reference").value("D-2"))
                .andExpect(jsonPath("$.supersededBy.id").value(replacement));

        long draft = id(api.post(FIONA, decisions, body("Rename the board", false)), "$.id");
        api.post(DemoUsers.SAM, decisions + "/" + draft + "/withdraw", api.seen(decisions + "/" + draft))
                .andExpect(status().isForbidden());
        api.post(FIONA, decisions + "/" + draft + "/withdraw", api.seen(decisions + "/" + draft))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        api.post(FIONA, decisions + "/" + draft + "/approvals", api.seen(decisions + "/" + draft))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("This decision was withdrawn; record a new decision instead."));
    }

    @Test
    void observersReadAndOutsidersGetNotFound() throws Exception {
        long d = id(api.post(FIONA, decisions, body("Private", false)), "$.id");
        api.get(DemoUsers.SAM, decisions).andExpect(status().isOk());
        api.post(DemoUsers.SAM, decisions, body("Mine", false))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail")
                        .value("Only the partnership’s managers and board members can propose or change decisions."));
        api.get(DemoUsers.IAIN, decisions).andExpect(status().isNotFound());
        api.get(DemoUsers.IAIN, decisions + "/" + d).andExpect(status().isNotFound());
        api.post(DemoUsers.IAIN, decisions + "/" + d + "/approvals", api.seen(decisions + "/" + d))
                .andExpect(status().isNotFound());
        api.post(DemoUsers.IAIN, decisions, body("Mine", false)).andExpect(status().isNotFound());
    }

    @Test
    void theDecisionLogIsInTheApiDescription() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/partnerships/{id}/decisions'].post.summary")
                        .value("Propose a decision"))
                .andExpect(jsonPath("$.paths['/api/v1/partnerships/{id}/decisions/{decisionId}'].put")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/partnerships/{id}/decisions/{decisionId}/approvals'].post")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.DecisionRequest.properties.supersedes")
                        .exists());
    }
}
