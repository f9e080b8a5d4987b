package scot.cairn.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionView;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class DecisionPagesIntegrationTests {

    @Autowired
    scot.cairn.platform.AuditTrail audit;

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
    MembershipService membership;

    @Autowired
    GroupService groups;

    @Autowired
    DecisionService decisions;

    GovernanceFixture fixture;
    long id;
    String base;

    @BeforeEach
    void setUp() {
        fixture = governanceFixture;
        id = fixture.newPartnership();
        base = "/partnerships/" + id + "/governance/decisions";
        var fiona = users.current(FIONA);
        long board = groups.setUpStandard(id, fiona).stream()
                .filter(g -> g.kind() == GroupKind.BOARD)
                .findFirst()
                .orElseThrow()
                .id();
        groups.addMember(id, board, MemberDetails.of(FIONA, false), fiona);
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

    DecisionView proposed(String title, boolean joint) {
        return decisions.propose(
                id,
                null,
                new DecisionDetails(
                        title, "Context.", null, "Decided.", LocalDate.of(2026, 1, 5), joint, null, null, null),
                users.current(FIONA));
    }

    @Autowired
    scot.cairn.risk.RiskService risks;

    @Test
    void managerRecordsADecisionThroughTheFormAndApprovesIt() throws Exception {
        var fiona = users.current(FIONA);
        var risk = risks.raise(
                id,
                new scot.cairn.risk.RiskDetails(
                        scot.cairn.risk.RiskKind.RISK,
                        "Evening meetings lose members",
                        null,
                        scot.cairn.risk.RiskCategory.PARTNERSHIP,
                        fiona.personId(),
                        3,
                        3,
                        scot.cairn.risk.Proximity.WITHIN_A_YEAR,
                        scot.cairn.risk.RiskResponse.ACCEPT,
                        null,
                        null,
                        false,
                        LocalDate.now().plusDays(30),
                        null),
                fiona);
        assertThat(page("/partnerships/" + id + "/governance", FIONA)).contains("Decision log");
        assertThat(page(base, FIONA)).contains("No decisions are recorded yet.", "Record a decision");
        assertThat(page(base + "/new", FIONA)).contains("Is this a joint decision?", "Proceed to the Design stage");

        var refused = html(post(base, FIONA, "title", "", "riskId", "twelve").andExpect(status().isOk()));
        assertThat(refused)
                .contains("govuk-error-summary")
                .contains("<a href=\"#title\">Enter a title for the decision</a>")
                .contains("<a href=\"#context\">Enter the context: what led to this decision</a>")
                .contains("<a href=\"#decisionDate\">Enter the date of the decision</a>")
                .contains("<a href=\"#joint\">Choose whether this is a joint decision</a>")
                .contains("<a href=\"#riskId\">Enter the risk’s number, like 12</a>");
        assertThat(decisions.log(id, users.current(FIONA))).isEmpty();

        var unknownRisk = post(
                        base,
                        FIONA,
                        "title",
                        "Move the board to evenings",
                        "context",
                        "Carers work days.",
                        "decision",
                        "Meet at 6pm.",
                        "decisionDate",
                        "2026-04-01",
                        "joint",
                        "false",
                        "gate",
                        "DESIGN",
                        "document",
                        "PID",
                        "riskId",
                        "R-2")
                .andExpect(status().isOk());
        assertThat(html(unknownRisk))
                .contains("<a href=\"#riskId\">There is no risk 2 in this partnership’s register</a>");
        post(
                        base,
                        FIONA,
                        "title",
                        "Move the board to evenings",
                        "context",
                        "Carers work days.",
                        "decision",
                        "Meet at 6pm.",
                        "decisionDate",
                        "2026-04-01",
                        "joint",
                        "false",
                        "gate",
                        "DESIGN",
                        "document",
                        "PID",
                        "riskId",
                        "R-1")
                .andExpect(redirectedUrlPattern(base + "/*"));
        var d = decisions.log(id, users.current(FIONA)).get(0);
        var html = page(base + "/" + d.id(), FIONA);
        assertThat(html)
                .contains("Decision D-1", "Move the board to evenings", "Awaiting approval")
                .contains("Design to Pilot", "Project Initiation Document", "Needs the approval of one board member.")
                .contains("Approve this decision", "Change the draft", "Withdraw the draft");
        post(base + "/" + d.id() + "/approve", FIONA, "version", version(d.id()))
                .andExpect(redirectedUrl(base + "/" + d.id()));
        html = page(base + "/" + d.id(), FIONA);
        assertThat(html)
                .contains("govuk-tag--green", "Fiona Reid", "Falkirk Council", "Public sector")
                .contains("Record a decision that supersedes it")
                .doesNotContain("Approve this decision", "Change the draft");
        assertThat(page(base, FIONA)).contains("D-1", "Approved", "Gate: Design to Pilot", "Risk R-1");
        assertThat(page(base + "/" + d.id(), FIONA)).contains("R-1 Evening meetings lose members");
        assertThat(page("/partnerships/" + id + "/risks/" + risk.id(), FIONA))
                .contains("D-1 Move the board to evenings", "Record the board’s decision on R-1");
        get("/partnerships/" + id + "/risks/number/1", FIONA)
                .andExpect(redirectedUrl("/partnerships/" + id + "/risks/" + risk.id()));
        assertThat(audit.forPartnership(id).stream().map(scot.cairn.platform.AuditEvent::action))
                .contains("governance.audit.decisionProposed", "governance.audit.decisionApproved");
    }

    @Test
    void editingADraftShowsAndKeepsItsDateAndAFutureDateIsRefused() throws Exception {
        var d = proposed("Move the board to evenings", false);
        String edit = base + "/" + d.id() + "/edit";
        var form = page(edit, FIONA);
        assertThat(form).contains("type=\"date\"", "value=\"2026-01-05\"").doesNotContain("1/5/26");

        post(
                        edit,
                        FIONA,
                        "version",
                        String.valueOf(d.version()),
                        "title",
                        "Move the board to evenings from March",
                        "context",
                        "Context.",
                        "decision",
                        "Decided.",
                        "decisionDate",
                        "2026-01-05",
                        "joint",
                        "false")
                .andExpect(redirectedUrl(base + "/" + d.id()));
        var saved = decisions.decision(id, d.id(), users.current(FIONA));
        assertThat(saved.decisionDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(saved.title()).isEqualTo("Move the board to evenings from March");

        var future = html(post(
                        edit,
                        FIONA,
                        "version",
                        String.valueOf(saved.version()),
                        "title",
                        "T",
                        "context",
                        "C",
                        "decision",
                        "D",
                        "decisionDate",
                        LocalDate.now().plusDays(1).toString(),
                        "joint",
                        "false")
                .andExpect(status().isOk()));
        assertThat(future)
                .contains("<a href=\"#decisionDate\">The date of the decision must be today or in the past</a>")
                .contains("value=\"" + LocalDate.now().plusDays(1) + "\"");
    }

    @Test
    void editingShowsTheLockAndStaleVersionsInTheErrorSummary() throws Exception {
        var d = proposed("Publish minutes", false);
        String edit = base + "/" + d.id() + "/edit";
        assertThat(page(edit, FIONA)).contains("Change D-1", "value=\"Publish minutes\"");
        String[] fields = {
            "title",
            "Publish minutes online",
            "context",
            "C",
            "decision",
            "D",
            "decisionDate",
            "2026-01-05",
            "joint",
            "false"
        };
        post(edit, FIONA, with(fields, "version", String.valueOf(d.version())))
                .andExpect(redirectedUrl(base + "/" + d.id()));
        assertThat(html(post(edit, FIONA, with(fields, "version", String.valueOf(d.version())))
                        .andExpect(status().isOk())))
                .contains("govuk-error-summary", "Someone else changed this since you opened it.");

        decisions.approve(
                id, d.id(), decisions.decision(id, d.id(), users.current(FIONA)).version(), users.current(FIONA));
        var now = decisions.decision(id, d.id(), users.current(FIONA));
        assertThat(html(post(edit, FIONA, with(fields, "version", String.valueOf(now.version())))
                        .andExpect(status().isOk())))
                .contains("govuk-error-summary", "This decision was approved on ")
                .contains("; record a new decision that supersedes it.");
        assertThat(html(get(edit, FIONA).andExpect(status().isConflict())))
                .contains("record a new decision that supersedes it");
        assertThat(decisions.decision(id, d.id(), users.current(FIONA)).title()).isEqualTo("Publish minutes online");
    }

    @Test
    void theSupersedeFormNamesTheOldDecision() throws Exception {
        var old = proposed("Recruit through the council", false);
        decisions.approve(
                id,
                old.id(),
                decisions.decision(id, old.id(), users.current(FIONA)).version(),
                users.current(FIONA));
        assertThat(page(base + "/new?supersedes=" + old.id(), FIONA))
                .contains("This decision will supersede D-1 Recruit through the council once it is approved.")
                .contains("name=\"supersedes\" value=\"" + old.id() + "\"");
        post(
                base,
                FIONA,
                "supersedes",
                String.valueOf(old.id()),
                "title",
                "Recruit with the CVS",
                "context",
                "C",
                "decision",
                "D",
                "decisionDate",
                "2026-02-01",
                "joint",
                "false");
        var next = decisions.log(id, users.current(FIONA)).get(1);
        assertThat(page(base + "/" + next.id(), FIONA)).contains("Will supersede", "D-1 Recruit through the council");
        post(base + "/" + next.id() + "/approve", FIONA, "version", version(next.id()));
        assertThat(page(base + "/" + old.id(), FIONA)).contains("Superseded by", "D-2 Recruit with the CVS");
        assertThat(page(base + "/" + next.id(), FIONA)).contains("Supersedes", "D-1 Recruit through the council");
    }

    @Test
    void observersReadNonBoardMembersCannotApproveOutsidersSeeNothing() throws Exception {
        membership.setMember(id, DemoUsers.SAM, scot.cairn.partnership.MemberRole.OBSERVER, users.current(FIONA));
        var d = proposed("Pay carers' travel", true);
        String one = base + "/" + d.id();
        assertThat(page(one, DemoUsers.SAM)).doesNotContain("Approve this decision", "Change the draft");
        assertThat(page(base, DemoUsers.SAM)).doesNotContain("Record a decision");
        get(base + "/new", DemoUsers.SAM).andExpect(status().isForbidden());
        post(base, DemoUsers.SAM, "title", "Mine").andExpect(status().isForbidden());
        post(one + "/withdraw", DemoUsers.SAM, "version", version(d.id())).andExpect(status().isForbidden());
        get(one + "/edit", DemoUsers.SAM).andExpect(status().isForbidden());

        assertThat(page(one, DemoUsers.DAVID)).doesNotContain("Approve this decision");
        assertThat(html(post(one + "/approve", DemoUsers.DAVID, "version", version(d.id()))
                        .andExpect(status().isForbidden())))
                .contains(
                        "Only members of the Governance Group / Project Board can approve this, and you are not on it.");
        assertThat(decisions.decision(id, d.id(), users.current(FIONA)).approvals())
                .isEmpty();

        for (var url : java.util.List.of(base, one, base + "/new", one + "/edit")) {
            get(url, DemoUsers.IAIN).andExpect(status().isNotFound());
        }
        for (var url : java.util.List.of(base, one + "/approve", one + "/withdraw", one + "/edit")) {
            post(url, DemoUsers.IAIN).andExpect(status().isNotFound());
        }
    }

    @Test
    void fosterCareBoardHasItsDecisionLog() throws Exception {
        long psp = fixture.fosterCare();
        String log = "/partnerships/" + psp + "/governance/decisions";
        assertThat(page(log, DemoUsers.SAM))
                .contains("Sign the Memorandum of Understanding")
                .contains("Recruit new foster carers through the council", "Superseded by D-3")
                .contains("Recruit foster carers jointly with Falkirk CVS", "Supersedes D-2")
                .contains("Invite Barnardo's Scotland to the carers' support groups", "Awaiting approval");
        await().atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(page(log, DemoUsers.SAM))
                        .contains("Gate passed: Explore to Design", "Gate: Explore to Design"));
        var waiting = decisions.log(psp, users.current(FIONA)).stream()
                .filter(x -> x.title().startsWith("Invite Barnardo"))
                .findFirst()
                .orElseThrow();
        assertThat(page(log + "/" + waiting.id(), DemoUsers.DAVID))
                .contains("Still needs approval from a third-sector board member.")
                .contains("Approve this decision");
        assertThat(page(log + "/" + waiting.id(), DemoUsers.SAM))
                .as("the carer has a seat on the board and takes part, so approves too")
                .contains("Approve this decision");
    }

    /** The decision's version, as its page shows it in the approve and withdraw forms. */
    private String version(long decisionId) {
        return String.valueOf(
                decisions.decision(id, decisionId, users.current(FIONA)).version());
    }

    static String[] with(String[] fields, String... more) {
        var all = java.util.Arrays.copyOf(fields, fields.length + more.length);
        System.arraycopy(more, 0, all, fields.length, more.length);
        return all;
    }
}
