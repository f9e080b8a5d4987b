package scot.cairn.tendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionStatus;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tender's lots and its publication: lots worth no more than the tender; asking the board to publish refused until
 * the questions account for their criteria and while the clarification deadline has passed; once asked, the tender,
 * its questions and lots are fixed (409) until the request is withdrawn; the board's joint approval publishes it and
 * records an OCDS tender release that validates against the schema and its extensions.
 */
@CairnTest
class TenderPublicationIntegrationTests {

    private static final LocalDate START = LocalDate.of(2028, 3, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    TenderingFixture tendering;

    @Autowired
    MembershipService membership;

    @Autowired
    DocumentService documents;

    @Autowired
    DecisionService decisions;

    long id;
    String base;

    @BeforeEach
    void setUp() {
        id = tendering.inPilot();
        membership.setMember(id, DemoUsers.IAIN, MemberRole.MEMBER, users.current(DemoUsers.FIONA));
        base = "/api/v1/partnerships/" + id + "/tenders";
        var fiona = users.current(DemoUsers.FIONA);
        var v = documents.save(
                id, DocumentKind.SPEC, 0, null, GovernanceFixture.text(DocumentKind.SPEC, "agreed"), fiona);
        var signed = documents.sign(id, DocumentKind.SPEC, v.number(), v.version(), fiona);
        documents.sign(id, DocumentKind.SPEC, v.number(), signed.version(), users.current(DemoUsers.DAVID));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    private static Map<String, Object> tender(Integer version, LocalDate start) {
        var t = new HashMap<String, Object>();
        t.put("version", version);
        t.put("title", "Foster care provision");
        t.put("procedure", "OPEN");
        t.put("estimatedValue", 4200000);
        t.put("qualityWeight", 60);
        t.put("priceWeight", 30);
        t.put("benefitsWeight", 10);
        t.put("publication", start.toString());
        t.put("clarificationDeadline", start.plusDays(21).toString());
        t.put("bidDeadline", start.plusDays(35).toString());
        t.put("evaluationEnd", start.plusDays(56).toString());
        t.put("intendedAward", start.plusDays(63).toString());
        t.put("contractStart", start.plusDays(90).toString());
        return t;
    }

    private static Map<String, Object> question(String criterion, int weight) {
        return Map.of(
                "criterion",
                criterion,
                "text",
                "How will you keep placements stable?",
                "guidance",
                "A good answer names the support carers get at night.",
                "weight",
                weight);
    }

    private static Map<String, Object> lot(String title, long value) {
        return Map.of(
                "title", title, "description", "Children and young people placed in " + title, "estimatedValue", value);
    }

    private void approve(long decisionId) {
        var fiona = users.current(DemoUsers.FIONA);
        var d = decisions.decision(id, decisionId, fiona);
        d = decisions.approve(id, d.id(), d.version(), fiona);
        decisions.approve(id, d.id(), d.version(), users.current(DemoUsers.DAVID));
    }

    @Test
    void lotsAreWorthNoMoreThanTheTenderAndAreRemovedWithTheVersionRead() throws Exception {
        int tid = read(call(post(base), DemoUsers.FIONA, tender(null, START)).andExpect(status().isCreated()), "$.id");
        String lots = base + "/" + tid + "/lots";
        call(post(lots), DemoUsers.IAIN, lot("Falkirk", 2000000)).andExpect(status().isForbidden());
        call(post(lots), DemoUsers.FIONA, Map.of("title", " ", "description", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Enter the lot’s title"))
                .andExpect(jsonPath("$.errors[?(@.field == 'description')].message")
                        .value("Describe what the lot covers"))
                .andExpect(jsonPath("$.errors[?(@.field == 'estimatedValue')].message")
                        .value("Enter the estimated value in pounds"));
        call(post(lots), DemoUsers.FIONA, lot("Falkirk", 3000000))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1));
        call(post(lots), DemoUsers.FIONA, lot("Stirling", 1500000))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The lots would be worth £4,500,000.00 together, more than the tender’s £4,200,000.00"));
        int second = read(
                call(post(lots), DemoUsers.FIONA, lot("Stirling", 1200000)).andExpect(status().isCreated()), "$.id");
        var lower = tender(0, START);
        lower.put("estimatedValue", 4000000);
        call(put(base + "/" + tid), DemoUsers.FIONA, lower)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The lots are worth £4,200,000.00 together: the tender must be worth at least that"));
        call(delete(lots + "/" + second), DemoUsers.FIONA, null).andExpect(status().is(428));
        call(delete(lots + "/" + second + "?version=0"), DemoUsers.FIONA, null).andExpect(status().isNoContent());
        call(get(base + "/" + tid), DemoUsers.IAIN, null)
                .andExpect(jsonPath("$.lots.length()").value(1))
                .andExpect(jsonPath("$.lots[0].lot.title").value("Falkirk"));
        call(put(base + "/" + tid), DemoUsers.FIONA, lower).andExpect(status().isOk());
    }

    @Test
    void theBoardPublishesAReadyTenderJointlyAndItsReleaseIsValid() throws Exception {
        int tid = read(call(post(base), DemoUsers.FIONA, tender(null, START)).andExpect(status().isCreated()), "$.id");
        String one = base + "/" + tid;
        call(post(one + "/lots"), DemoUsers.FIONA, lot("Falkirk", 2500000)).andExpect(status().isCreated());
        call(post(one + "/lots"), DemoUsers.FIONA, lot("Stirling", 1700000)).andExpect(status().isCreated());
        call(post(one + "/questions"), DemoUsers.FIONA, question("QUALITY", 40)).andExpect(status().isCreated());

        call(post(one + "/publication"), DemoUsers.FIONA, Map.of("version", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'questions.QUALITY')].message")
                        .value("The questions under Quality weigh 40%, but Quality counts for 60%: make them add up"))
                .andExpect(jsonPath("$.errors[?(@.field == 'questions.COMMUNITY_BENEFITS')].message")
                        .value("The questions under Community benefits weigh 0%, but Community benefits counts for"
                                + " 10%: make them add up"));
        call(post(one + "/questions"), DemoUsers.FIONA, question("QUALITY", 20)).andExpect(status().isCreated());
        call(post(one + "/questions"), DemoUsers.FIONA, question("COMMUNITY_BENEFITS", 10))
                .andExpect(status().isCreated());
        call(post(one + "/publication"), DemoUsers.IAIN, Map.of("version", 0)).andExpect(status().isForbidden());
        call(post(one + "/publication"), DemoUsers.FIONA, Map.of()).andExpect(status().is(428));
        call(post(one + "/publication"), DemoUsers.FIONA, Map.of("version", 3)).andExpect(status().isConflict());
        call(post(one + "/publication"), DemoUsers.FIONA, Map.of("version", 0))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_BOARD"))
                .andExpect(jsonPath("$.decisionReference").exists())
                .andExpect(jsonPath("$.mayEdit").value(false));

        // While the board considers it, nothing in it changes.
        call(put(one), DemoUsers.FIONA, tender(1, START))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("The board has been asked to publish the tender, so it cannot change; withdraw the"
                                + " request first"));
        call(post(one + "/questions"), DemoUsers.FIONA, question("QUALITY", 1)).andExpect(status().isConflict());
        call(post(one + "/lots"), DemoUsers.FIONA, lot("Clackmannan", 1)).andExpect(status().isConflict());

        // Withdrawn, it is a draft again and its decision is withdrawn; asked again, the board approves it.
        long first = ((Number) read(call(get(one), DemoUsers.FIONA, null), "$.decisionId")).longValue();
        call(post(one + "/publication/withdraw"), DemoUsers.FIONA, Map.of("version", 1))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"));
        assertThat(decisions.decision(id, first, users.current(DemoUsers.FIONA)).status())
                .isEqualTo(DecisionStatus.WITHDRAWN);
        long decision = ((Number) read(
                        call(post(one + "/publication"), DemoUsers.FIONA, Map.of("version", 2))
                                .andExpect(status().isOk()),
                        "$.decisionId"))
                .longValue();
        call(get("/api/v1/partnerships/" + id + "/ocds/release-package"), DemoUsers.FIONA, null)
                .andExpect(status().isNotFound());
        approve(decision);
        call(get(one), DemoUsers.IAIN, null)
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.publishedAt").exists())
                .andExpect(jsonPath("$.mayPropose").value(false));
        call(post(one + "/publication/withdraw"), DemoUsers.FIONA, Map.of("version", 4))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The tender is published, so it cannot change"));

        var pack =
                json.readTree(call(get("/api/v1/partnerships/" + id + "/ocds/release-package"), DemoUsers.DAVID, null)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(OcdsValidator.releasePackage(pack)).isEmpty();
        var release = pack.path("releases").get(0);
        assertThat(release.path("tag").get(0).asString()).isEqualTo("tender");
        var t = release.path("tender");
        assertThat(t.path("status").asString()).isEqualTo("active");
        assertThat(t.path("procurementMethod").asString()).isEqualTo("open");
        assertThat(t.path("tenderPeriod").path("endDate").asString()).isEqualTo(START.plusDays(35) + "T12:00:00+01:00");
        assertThat(t.path("lots")).hasSize(2);
        assertThat(t.path("lots").get(1).path("title").asString()).isEqualTo("Stirling");
        var criteria = t.path("lots").get(0).path("awardCriteria").path("criteria");
        assertThat(criteria).hasSize(3);
        assertThat(criteria.get(1).path("type").asString()).isEqualTo("price");
        assertThat(criteria.get(1).path("numbers").get(0).path("number").asInt())
                .isEqualTo(30);
        assertThat(release.toString()).doesNotContain("numberOfTenderers");

        // The lots extension is checked too: a lot needs its id.
        var broken = pack.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) broken.path("releases")
                        .get(0)
                        .path("tender")
                        .path("lots")
                        .get(0))
                .remove("id");
        assertThat(OcdsValidator.releasePackage(broken)).anyMatch(p -> p.startsWith("with extensions"));
    }

    @Test
    void theBoardsApprovalAfterTheClarificationDeadlineIsRefusedOnTheDecisionPageAndNothingIsPublished()
            throws Exception {
        var ready = tender(null, START);
        ready.put("qualityWeight", 70);
        ready.put("benefitsWeight", 0);
        int tid = read(call(post(base), DemoUsers.FIONA, ready).andExpect(status().isCreated()), "$.id");
        call(post(base + "/" + tid + "/questions"), DemoUsers.FIONA, question("QUALITY", 70))
                .andExpect(status().isCreated());
        call(post(base + "/" + tid + "/publication"), DemoUsers.FIONA, Map.of("version", 0))
                .andExpect(status().isOk());
        int decisionId = read(call(get(base + "/" + tid), DemoUsers.FIONA, null), "$.decisionId");
        var fiona = users.current(DemoUsers.FIONA);
        var d = decisions.approve(
                id, decisionId, decisions.decision(id, decisionId, fiona).version(), fiona);
        // David approves for the third sector the day after the deadline for clarification questions.
        var late = START.plusDays(22)
                .atTime(9, 0)
                .atZone(DeclarationService.SCOTLAND)
                .toInstant();
        int seen = d.version();
        scot.cairn.platform.PlatformClock.asOf(late, () -> {
            try {
                mvc.perform(post("/partnerships/" + id + "/governance/decisions/" + decisionId + "/approve")
                                .with(users.as(DemoUsers.DAVID))
                                .with(csrf())
                                .param("version", String.valueOf(seen)))
                        .andExpect(status().isOk())
                        .andExpect(content()
                                .string(containsString("The deadline for clarification questions (" + START.plusDays(21)
                                        + ") has passed or is today")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        call(get(base + "/" + tid), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.status").value("AWAITING_BOARD"));
        assertThat(decisions.decision(id, decisionId, fiona).status())
                .isNotEqualTo(scot.cairn.governance.DecisionStatus.APPROVED);
    }

    @Test
    void aTenderWhoseClarificationDeadlineHasPassedIsNotProposedAndThePageSaysWhy() throws Exception {
        var past = tender(null, LocalDate.of(2020, 3, 1));
        past.put("qualityWeight", 70);
        past.put("benefitsWeight", 0);
        int tid = read(call(post(base), DemoUsers.FIONA, past).andExpect(status().isCreated()), "$.id");
        call(post(base + "/" + tid + "/questions"), DemoUsers.FIONA, question("QUALITY", 70))
                .andExpect(status().isCreated());
        String page = "/partnerships/" + id + "/tenders/" + tid;
        mvc.perform(post(page + "/publication")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The tender is not ready to publish")))
                .andExpect(content()
                        .string(containsString(
                                "The deadline for clarification questions (2020-03-22) has passed or is today")));
        var ready = tender(0, START);
        ready.put("qualityWeight", 70);
        ready.put("benefitsWeight", 0);
        call(put(base + "/" + tid), DemoUsers.FIONA, ready).andExpect(status().isOk());
        mvc.perform(post(page + "/lots")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("title", "Falkirk")
                        .param("description", "Falkirk’s children")
                        .param("estimatedValue", "lots"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(post(page + "/publication")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(redirectedUrlPattern(page + "*"));
        mvc.perform(get(page).with(users.as(DemoUsers.IAIN)))
                .andExpect(content().string(containsString("Waiting for the board")))
                .andExpect(content().string(containsString("Read decision D-")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Withdraw the request"))));
        mvc.perform(get(page).with(users.as(DemoUsers.FIONA)))
                .andExpect(content().string(containsString("Withdraw the request to publish")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Add the lot"))));
    }
}
