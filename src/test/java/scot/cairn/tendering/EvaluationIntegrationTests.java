package scot.cairn.tendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.AssignmentDetails;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.RoleService;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.Role;
import scot.cairn.platform.Dates;
import scot.cairn.platform.PlatformClock;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluation: evaluators appointed only when their declaration allows and their organisation does not bid; each scores
 * on their question alone, within the scale and with a justification, never seeing the others' scores; moderation only
 * once all have scored, with a reason for a change; the price formula and the ranking in the totals.
 */
@CairnTest
class EvaluationIntegrationTests {

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
    RoleService roles;

    @Autowired
    DeclarationService declarations;

    @Autowired
    BidService bids;

    @Autowired
    OpeningService opening;

    @Autowired
    ContractGate gate;

    long id;
    long tid;
    long q1;
    String base;

    @BeforeEach
    void setUp() throws Exception {
        id = tendering.inPilot();
        var fiona = users.current(DemoUsers.FIONA);
        var admin = users.current(DemoUsers.ADMIN);
        membership.setMember(id, DemoUsers.ADMIN, MemberRole.MANAGER, fiona);
        roles.assign(
                id,
                new AssignmentDetails(Role.PROCUREMENT_REPRESENTATIVE, DemoUsers.FIONA, GovernanceFixture.SPONSOR_DAYS),
                fiona);
        // Fiona and the administrator declare nothing, and each reviews the other's declaration: no conflict.
        var fionas = declarations.declare(id, null, new DeclarationDetails(true, List.of()), fiona);
        var admins = declarations.declare(id, null, new DeclarationDetails(true, List.of()), admin);
        declarations.review(
                id, fionas.id(), fionas.version(), new ReviewDetails(ConflictRisk.NONE, Set.of(), null), admin);
        declarations.review(
                id, admins.id(), admins.version(), new ReviewDetails(ConflictRisk.NONE, Set.of(), null), fiona);

        var today = LocalDate.now(DeclarationService.SCOTLAND);
        var due = today.minusDays(1);
        tid = PlatformClock.asOf(
                today.minusDays(10).atStartOfDay(DeclarationService.SCOTLAND).toInstant(),
                () -> tendering.publishedTender(id, due));
        PlatformClock.asOf(
                today.minusDays(3).atStartOfDay(DeclarationService.SCOTLAND).toInstant(), () -> {
                    for (var who : List.of(DemoUsers.IAIN, DemoUsers.DAVID)) {
                        var bidder = users.current(who);
                        bids.interest(id, tid, bidder);
                        bids.send(
                                id,
                                tid,
                                null,
                                new BidContent(
                                        Map.of(0, new BigDecimal(who.equals(DemoUsers.IAIN) ? "400000" : "500000")),
                                        Map.of(1, "The answer of " + who),
                                        List.of()),
                                bidder);
                    }
                    return null;
                });
        base = "/api/v1/partnerships/" + id + "/tenders/" + tid + "/evaluation";
        q1 = ((Number) JsonPath.read(call(get(base), DemoUsers.FIONA, null), "$.questions[0].id")).longValue();
    }

    private String call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        return perform(request, who, body).andReturn().getResponse().getContentAsString();
    }

    private ResultActions perform(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private long personId(String email) {
        return users.current(email).personId();
    }

    private static Map<String, Object> score(Integer version, Integer score, String justification) {
        var s = new HashMap<String, Object>();
        s.put("version", version);
        s.put("score", score);
        s.put("justification", justification);
        return s;
    }

    private void open() {
        opening.open(id, tid, OpeningStep.BEGIN, users.current(DemoUsers.ADMIN));
        opening.open(id, tid, OpeningStep.COMPLETE, users.current(DemoUsers.FIONA));
    }

    @Test
    void evaluatorsScoreAloneModerationAgreesAndTheTotalsRankTheBids() throws Exception {
        String evaluators = base + "/evaluators";
        perform(post(evaluators), DemoUsers.DAVID, Map.of("questionId", q1, "personId", personId(DemoUsers.DAVID)))
                .andExpect(status().isForbidden());
        perform(post(evaluators), DemoUsers.FIONA, Map.of("questionId", q1, "personId", personId(DemoUsers.DAVID)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        perform(post(evaluators), DemoUsers.FIONA, Map.of("questionId", q1, "personId", personId(DemoUsers.FIONA)))
                .andExpect(status().isOk());
        perform(post(evaluators), DemoUsers.FIONA, Map.of("questionId", q1, "personId", personId(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions[0].evaluators.length()").value(2));
        perform(post(evaluators), DemoUsers.FIONA, Map.of("questionId", q1, "personId", personId(DemoUsers.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("This member already evaluates the question"));

        // Before the opening nothing is scored, and the attempt to read is recorded.
        String question = base + "/questions/" + q1;
        perform(get(question), DemoUsers.ADMIN, null).andExpect(status().isForbidden());
        open();

        var view = call(get(question), DemoUsers.ADMIN, null);
        long nemo = ((Number) JsonPath.read(view, "$.bids[0].bidId")).longValue();
        long cvs = ((Number) JsonPath.read(view, "$.bids[1].bidId")).longValue();
        String nemoScore = question + "/bids/" + nemo + "/score";
        perform(put(nemoScore), DemoUsers.ADMIN, score(null, 7, " "))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'score')].message").value("Enter a whole number from 0 to 5"))
                .andExpect(jsonPath("$.errors[?(@.field == 'justification')].message")
                        .value("Explain the score: a justification is required"));
        perform(put(nemoScore), DemoUsers.DAVID, score(null, 3, "No.")).andExpect(status().isForbidden());
        perform(put(nemoScore), DemoUsers.ADMIN, score(null, 3, "Sound, but thin on night support."))
                .andExpect(status().isOk());
        perform(put(nemoScore), DemoUsers.ADMIN, score(null, 4, "Again.")).andExpect(status().is(428));
        perform(put(question + "/bids/" + cvs + "/score"), DemoUsers.ADMIN, score(null, 2, "Vague."))
                .andExpect(status().isOk());

        // Moderation waits for every evaluator; Fiona (an evaluator and an officer) scores too.
        String nemoModeration = question + "/bids/" + nemo + "/moderation";
        perform(put(nemoModeration), DemoUsers.FIONA, score(null, 3, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Every evaluator of the question must score this bid before it is moderated"));
        // An evaluator sees her own score and nobody else's until every evaluator has scored the bid.
        perform(get(question), DemoUsers.FIONA, null)
                .andExpect(content().string(not(containsString("thin on night support"))))
                .andExpect(jsonPath("$.bids[0].mine").doesNotExist());
        perform(put(nemoScore), DemoUsers.FIONA, score(null, 5, "Excellent night support."))
                .andExpect(status().isOk());
        perform(put(question + "/bids/" + cvs + "/score"), DemoUsers.FIONA, score(null, 2, "Vague."))
                .andExpect(status().isOk());
        perform(get(question), DemoUsers.ADMIN, null)
                .andExpect(jsonPath("$.bids[0].mine.score").value(3))
                .andExpect(jsonPath("$.bids[0].scores.length()").value(2));
        perform(put(nemoModeration), DemoUsers.FIONA, score(null, 4, " "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The moderated score differs from an evaluator’s: record the reason for the change"));
        perform(put(nemoModeration), DemoUsers.ADMIN, Map.of("score", 4, "reason", "Agreed at the meeting."))
                .andExpect(status().isOk());
        perform(put(question + "/bids/" + cvs + "/moderation"), DemoUsers.FIONA, Map.of("score", 2))
                .andExpect(status().isOk());
        perform(put(nemoScore), DemoUsers.ADMIN, score(0, 5, "Changed my mind."))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("This bid’s score for the question is moderated, so the evaluators’ scores are fixed"));

        // Totals: Theatre Nemo 4/5 x 60 = 48 + 400,000/400,000 x 40 = 40: 88; Falkirk CVS 24 + 32 = 56.
        perform(get(base), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.rows[0].bidId").value(nemo))
                .andExpect(jsonPath("$.rows[0].total").value(88.0))
                .andExpect(jsonPath("$.rows[0].rank").value(1))
                .andExpect(jsonPath("$.rows[0].complete").value(true))
                .andExpect(jsonPath("$.rows[1].total").value(56.0));
        perform(get(base), DemoUsers.DAVID, null).andExpect(status().isForbidden());
        perform(get(base), DemoUsers.ADMIN, null)
                .andExpect(jsonPath("$.rows.length()").value(2));
    }

    @Autowired
    scot.cairn.governance.DecisionService decisions;

    @Autowired
    GovernanceFixture governance;

    @Test
    void theBoardApprovesTheAwardOnlyAfterModerationAndTheOtherBidderReadsItsDebrief() throws Exception {
        perform(
                        post(base + "/evaluators"),
                        DemoUsers.FIONA,
                        Map.of("questionId", q1, "personId", personId(DemoUsers.ADMIN)))
                .andExpect(status().isOk());
        open();
        String question = base + "/questions/" + q1;
        var view = call(get(question), DemoUsers.ADMIN, null);
        long nemo = ((Number) JsonPath.read(view, "$.bids[0].bidId")).longValue();
        long cvs = ((Number) JsonPath.read(view, "$.bids[1].bidId")).longValue();
        perform(put(question + "/bids/" + nemo + "/score"), DemoUsers.ADMIN, score(null, 4, "Strong."))
                .andExpect(status().isOk());
        perform(put(question + "/bids/" + cvs + "/score"), DemoUsers.ADMIN, score(null, 2, "Vague."))
                .andExpect(status().isOk());
        perform(put(question + "/bids/" + nemo + "/moderation"), DemoUsers.FIONA, Map.of("score", 4))
                .andExpect(status().isOk());

        String awards = base + "/awards";
        perform(post(awards), DemoUsers.FIONA, Map.of("lot", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Every question must have a moderated score for every bid before the award is"
                                + " recommended"));
        perform(put(question + "/bids/" + cvs + "/moderation"), DemoUsers.FIONA, Map.of("score", 2))
                .andExpect(status().isOk());
        perform(post(awards), DemoUsers.DAVID, Map.of("lot", 0)).andExpect(status().isForbidden());
        var proposed = call(post(awards), DemoUsers.FIONA, Map.of("lot", 0));
        perform(post(awards), DemoUsers.FIONA, Map.of("lot", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("An award of this lot is already recommended or approved; withdraw it first"));
        long decision = ((Number) JsonPath.read(proposed, "$[0].decisionId")).longValue();
        var fiona = users.current(DemoUsers.FIONA);
        var d = decisions.decision(id, decision, fiona);
        assertThat(d.title()).isEqualTo("Award T-1 to Theatre Nemo");
        assertThat(d.context()).contains("1. Theatre Nemo: 88.00.", "2. Falkirk CVS: 56.00.");
        // Before the board approves, nobody is debriefed.
        perform(get("/api/v1/partnerships/" + id + "/tenders/" + tid + "/bidding"), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.debriefs.length()").value(0));
        d = decisions.approve(id, d.id(), d.version(), fiona);
        // David's organisation bid, so he takes no part in approving the award, by the API or the page; a
        // third-sector board member whose organisation did not bid approves it.
        String conflicted = "Your organisation expressed interest in T-1, so you may not approve its award: a board"
                + " member of your sector whose organisation did not approves it";
        perform(
                        post("/api/v1/partnerships/" + id + "/decisions/" + decision + "/approvals"),
                        DemoUsers.DAVID,
                        Map.of("version", d.version()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(conflicted));
        mvc.perform(
                        post("/partnerships/" + id + "/governance/decisions/" + decision + "/approve")
                                .with(users.as(DemoUsers.DAVID))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .param("version", String.valueOf(d.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(conflicted)));
        assertThat(decisions.decision(id, decision, fiona).approvals()).hasSize(1);
        decisions.approve(id, d.id(), d.version(), governance.boardMember(id, "Quarriers"));
        var standstillEnd = LocalDate.now(DeclarationService.SCOTLAND).plusDays(10);
        perform(put(question + "/bids/" + cvs + "/moderation"), DemoUsers.FIONA, Map.of("version", 0, "score", 5))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("An award of this tender is recommended or approved, so the scores it rests on are"
                                + " fixed"));
        perform(get(awards), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$[0].status").value("APPROVED"))
                .andExpect(jsonPath("$[0].standstillEnd").value(standstillEnd.toString()));
        perform(get("/api/v1/partnerships/" + id + "/tenders/" + tid + "/bidding"), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.debriefs[0].successful").value(false))
                .andExpect(jsonPath("$.debriefs[0].rank").value(2))
                .andExpect(jsonPath("$.debriefs[0].lines[0].points").value(24.0))
                .andExpect(jsonPath("$.debriefs[0].lines[0].winnerPoints").value(48.0))
                .andExpect(jsonPath("$.debriefs[0].lines[1].points").value(32.0))
                .andExpect(jsonPath("$.debriefs[0].standstillEnd").value(standstillEnd.toString()));
        perform(get("/api/v1/partnerships/" + id + "/tenders/" + tid + "/bidding"), DemoUsers.IAIN, null)
                .andExpect(jsonPath("$.debriefs[0].successful").value(true));
        perform(get("/api/v1/tenders/interested"), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$[?(@.tenderId == " + tid + ")].stage").value("AWARDED_ELSEWHERE"));
        perform(get("/api/v1/tenders/interested"), DemoUsers.IAIN, null)
                .andExpect(jsonPath("$[?(@.tenderId == " + tid + ")].stage").value("AWARDED_TO_YOU"));
        mvc.perform(get("/partnerships/" + id + "/tenders/" + tid + "/bid").with(users.as(DemoUsers.DAVID)))
                .andExpect(content()
                        .string(containsString("Your bid was not successful: it ranked 2 of 2, with 56.00 points. The"
                                + " successful bid, from Theatre Nemo, scored 88.00.")))
                .andExpect(content().string(containsString("until then the award may be challenged")))
                .andExpect(content().string(containsString("It scored higher")));
    }

    /** Fiona appoints the administrator, who scores Theatre Nemo 4 and Falkirk CVS 2; moderated as scored. */
    private void moderated() throws Exception {
        perform(
                        post(base + "/evaluators"),
                        DemoUsers.FIONA,
                        Map.of("questionId", q1, "personId", personId(DemoUsers.ADMIN)))
                .andExpect(status().isOk());
        open();
        String question = base + "/questions/" + q1;
        var view = call(get(question), DemoUsers.ADMIN, null);
        for (int n = 0; n < 2; n++) {
            long bid = ((Number) JsonPath.read(view, "$.bids[" + n + "].bidId")).longValue();
            int score = n == 0 ? 4 : 2;
            perform(put(question + "/bids/" + bid + "/score"), DemoUsers.ADMIN, score(null, score, "As read."))
                    .andExpect(status().isOk());
            perform(put(question + "/bids/" + bid + "/moderation"), DemoUsers.FIONA, Map.of("score", score))
                    .andExpect(status().isOk());
        }
    }

    /**
     * {@link #moderated}, then Fiona recommends the award and she and a board member from Quarriers (David's
     * organisation bid) approve it for the board.
     */
    private void awardedToNemo() throws Exception {
        moderated();
        var proposed = call(post(base + "/awards"), DemoUsers.FIONA, Map.of("lot", 0));
        long decision = ((Number) JsonPath.read(proposed, "$[0].decisionId")).longValue();
        var fiona = users.current(DemoUsers.FIONA);
        var d = decisions.decision(id, decision, fiona);
        d = decisions.approve(id, d.id(), d.version(), fiona);
        decisions.approve(id, d.id(), d.version(), governance.boardMember(id, "Quarriers"));
    }

    @Test
    void theContractIsConcludedOnlyAfterTheStandstillWithNoChallengeOpenAndThenOpensTheGate() throws Exception {
        awardedToNemo();
        var today = LocalDate.now(DeclarationService.SCOTLAND);
        var end = today.plusDays(10);

        // The contract record is made at award, from the winning bid and the tender.
        String contracts = "/api/v1/partnerships/" + id + "/tenders/" + tid + "/contracts";
        var view = call(get(contracts), DemoUsers.FIONA, null);
        assertThat((Boolean) JsonPath.read(view, "$.officer")).isTrue();
        assertThat((String) JsonPath.read(view, "$.awards[0].contract.supplier"))
                .isEqualTo("Theatre Nemo");
        assertThat((Double) JsonPath.read(view, "$.awards[0].contract.value")).isEqualTo(400000.0);
        assertThat((String) JsonPath.read(view, "$.awards[0].contract.status")).isEqualTo("DRAFT");
        assertThat((String) JsonPath.read(view, "$.awards[0].contract.startDate"))
                .isEqualTo(today.minusDays(1).plusDays(30).toString());
        long award = ((Number) JsonPath.read(view, "$.awards[0].awardId")).longValue();
        long contract = ((Number) JsonPath.read(view, "$.awards[0].contract.id")).longValue();
        // A member whose organisation bid reads the record but not the challenges, and records none.
        perform(get(contracts), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.officer").value(false));
        var challenge = new HashMap<String, Object>();
        challenge.put("awardId", award);
        challenge.put("challenger", "Falkirk CVS");
        challenge.put("receivedOn", today.toString());
        challenge.put("grounds", "The price scoring was not explained.");
        perform(post(contracts + "/challenges"), DemoUsers.DAVID, challenge).andExpect(status().isForbidden());

        String conclude = contracts + "/" + contract + "/conclude";
        perform(post(conclude), DemoUsers.FIONA, Map.of("version", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("A contract cannot be concluded before the standstill ends: it ends on "
                                + Dates.day(end) + ", so the contract may be concluded from "
                                + Dates.day(end.plusDays(1))));

        var bad = new HashMap<String, Object>(challenge);
        bad.put("challenger", " ");
        bad.put("receivedOn", today.plusDays(1).toString());
        perform(post(contracts + "/challenges"), DemoUsers.FIONA, bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'receivedOn')].message")
                        .value("The day the challenge was received cannot be in the future"));
        var recorded = call(post(contracts + "/challenges"), DemoUsers.FIONA, challenge);
        long challengeId = ((Number) JsonPath.read(recorded, "$.id")).longValue();
        // Members who are not officers (some bid) learn neither the challenge nor that there is one.
        perform(get(contracts), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.awards[0].openChallenges").value(0))
                .andExpect(jsonPath("$.awards[0].challenges.length()").value(0));
        perform(get(contracts), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.awards[0].openChallenges").value(1));
        assertThat(gate.evaluate(id).met()).isFalse();

        var after =
                end.plusDays(1).atTime(9, 0).atZone(DeclarationService.SCOTLAND).toInstant();
        PlatformClock.asOf(after, () -> {
            try {
                perform(post(conclude), DemoUsers.FIONA, Map.of("version", 0))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].message")
                                .value("A challenge to this award is open: resolve it before the contract is"
                                        + " concluded"));
                perform(
                                post(contracts + "/challenges/" + challengeId + "/resolve"),
                                DemoUsers.FIONA,
                                Map.of("version", 0, "resolution", "Withdrawn after the debrief meeting."))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("RESOLVED"));
                perform(post(conclude), DemoUsers.FIONA, Map.of("version", 0))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].message").value("Enter the day the contract ends"));
                var change = new HashMap<String, Object>();
                change.put("version", 0);
                change.put("scale", "SMALL");
                change.put("value", 395000);
                change.put("startDate", today.plusDays(29).toString());
                change.put("endDate", today.plusDays(29).plusYears(3).toString());
                change.put("commitments", "Two apprenticeships a year\n\n");
                change.put("kpis", "");
                perform(put(contracts + "/" + contract), DemoUsers.FIONA, change)
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].field").value("kpis"));
                change.put("kpis", "Placements lasting a year: 80%\nYoung people in work or study: 60%");
                perform(put(contracts + "/" + contract), DemoUsers.FIONA, change)
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.version").value(1));
                perform(post(conclude), DemoUsers.FIONA, Map.of("version", 0)).andExpect(status().isConflict());
                perform(post(conclude), DemoUsers.FIONA, Map.of("version", 1))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("CONCLUDED"));
                // Concluded, the record is fixed and a challenge goes to court, not to the record.
                change.put("version", 2);
                perform(put(contracts + "/" + contract), DemoUsers.FIONA, change)
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].message")
                                .value("This contract is concluded: its record no longer changes"));
                perform(post(contracts + "/challenges"), DemoUsers.FIONA, challenge)
                        .andExpect(status().isBadRequest());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        assertThat(gate.evaluate(id).met()).isTrue();

        // Award and contract releases join the tender's in both packages, valid with the extensions.
        var releases =
                json.readTree(call(get("/api/v1/partnerships/" + id + "/ocds/release-package"), DemoUsers.DAVID, null));
        assertThat(OcdsValidator.releasePackage(releases)).isEmpty();
        assertThat(releases.path("extensions")).hasSize(6);
        var tags = new java.util.ArrayList<String>();
        releases.path("releases").forEach(r -> tags.add(r.path("tag").get(0).asString()));
        assertThat(tags).endsWith("tender", "award", "contract");
        var contractRelease = releases.path("releases").get(tags.size() - 1);
        var supplier = new java.util.ArrayList<tools.jackson.databind.JsonNode>();
        contractRelease.path("parties").forEach(p -> {
            if (p.path("roles").toString().contains("supplier")) {
                supplier.add(p);
            }
        });
        assertThat(supplier).hasSize(1);
        assertThat(supplier.get(0).path("details").path("scale").asString()).isEqualTo("small");
        var c = contractRelease.path("contracts").get(0);
        assertThat(c.path("value").path("amount").asInt()).isEqualTo(395000);
        assertThat(c.path("agreedMetrics")).hasSize(3);
        assertThat(c.path("awardID").asString())
                .isEqualTo(releases.path("releases")
                        .get(tags.size() - 2)
                        .path("awards")
                        .get(0)
                        .path("id")
                        .asString());

        var records =
                json.readTree(call(get("/api/v1/partnerships/" + id + "/ocds/record-package"), DemoUsers.DAVID, null));
        assertThat(OcdsValidator.recordPackage(records)).isEmpty();
        var compiled = records.path("records").get(0).path("compiledRelease");
        assertThat(compiled.path("tag").get(0).asString()).isEqualTo("compiled");
        // Awarded, the tender and its one lot are complete.
        assertThat(compiled.path("tender").path("status").asString()).isEqualTo("complete");
        assertThat(compiled.path("tender").path("lots").get(0).path("status").asString())
                .isEqualTo("complete");
        assertThat(compiled.path("tender").path("title").asString()).isEqualTo("Foster care provision");
        assertThat(compiled.path("awards")).hasSize(1);
        assertThat(compiled.path("contracts").get(0).path("status").asString()).isEqualTo("active");

        // Anyone reads the contract and the data on the public page once the board turns it on; not before.
        String open = "/public/partnerships/" + id + "/ocds/record-package.json";
        mvc.perform(get(open)).andExpect(status().isNotFound());
        var fiona = users.current(DemoUsers.FIONA);
        var agreed = decisions.propose(
                id,
                null,
                new scot.cairn.governance.DecisionDetails(
                        "Have a public page", "Openness.", "", "Yes.", LocalDate.now(), true, null, null, null),
                fiona);
        agreed = decisions.approve(id, agreed.id(), agreed.version(), fiona);
        decisions.approve(id, agreed.id(), agreed.version(), users.current(DemoUsers.DAVID));
        users.bean(scot.cairn.engagement.PublicPageService.class).change(id, 0, true, agreed.id(), fiona);
        mvc.perform(get("/public/partnerships/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contracts and open contracting data")))
                .andExpect(content().string(containsString("contract with Theatre Nemo for £395,000.00")));
        assertThat(OcdsValidator.recordPackage(json.readTree(mvc.perform(get(open))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())))
                .isEmpty();
    }

    @Test
    void aRecommendationIsWithdrawnOnThePageUntilTheBoardApprovesItAndThenMadeAgain() throws Exception {
        moderated();
        var proposed = call(post(base + "/awards"), DemoUsers.FIONA, Map.of("lot", 0));
        long award = ((Number) JsonPath.read(proposed, "$[0].id")).longValue();
        long decision = ((Number) JsonPath.read(proposed, "$[0].decisionId")).longValue();
        String page = "/partnerships/" + id + "/tenders/" + tid + "/evaluation";
        mvc.perform(get(page).with(users.as(DemoUsers.FIONA)))
                .andExpect(content().string(containsString("Withdraw the recommendation")));
        mvc.perform(post(page + "/awards/" + award + "/withdraw")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error:")));
        mvc.perform(post(page + "/awards/" + award + "/withdraw")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(redirectedUrlPattern(page + "*"));
        perform(get(base + "/awards"), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$[0].status").value("WITHDRAWN"));
        assertThat(decisions
                        .decision(id, decision, users.current(DemoUsers.FIONA))
                        .status())
                .isEqualTo(scot.cairn.governance.DecisionStatus.WITHDRAWN);
        // Withdrawn, it no longer stands: the award may be recommended again.
        perform(post(base + "/awards"), DemoUsers.FIONA, Map.of("lot", 0)).andExpect(status().isOk());
    }

    @Test
    void theContractPagesCorrectTheRecordAndResolveAChallengeWithErrorsOnTheirFields() throws Exception {
        awardedToNemo();
        // The award fixes the evaluation: its pages no longer offer to appoint, moderate or recommend.
        String evaluationPage = "/partnerships/" + id + "/tenders/" + tid + "/evaluation";
        mvc.perform(get(evaluationPage).with(users.as(DemoUsers.FIONA)))
                .andExpect(content().string(not(containsString("Recommend the award to the board"))))
                .andExpect(content().string(not(containsString("/evaluation/evaluators"))));
        mvc.perform(get(evaluationPage + "/questions/" + q1).with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Save the moderated score"))));
        // The tender's page says what became of it.
        mvc.perform(get("/partnerships/" + id + "/tenders/" + tid).with(users.as(DemoUsers.DAVID)))
                .andExpect(content().string(containsString("The whole tender, awarded to Theatre Nemo")))
                .andExpect(content().string(containsString("Not concluded")));
        String page = "/partnerships/" + id + "/tenders/" + tid + "/contracts";
        var html = mvc.perform(get(page).with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Standstill and contract for T-1")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var contract = html.replaceAll("(?s).*?/contracts/(\\d+)/edit.*", "$1");
        mvc.perform(get(page + "/" + contract + "/edit").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/" + contract + "/edit")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "0")
                        .param("scale", "MEDIUM")
                        .param("value", "")
                        .param("startDate", "2027-04-01")
                        .param("endDate", "2027-03-31")
                        .param("commitments", "")
                        .param("kpis", "Placements lasting a year: 80%"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the contract’s value")))
                .andExpect(content().string(containsString("The contract must end after it starts")));
        mvc.perform(post(page + "/" + contract + "/edit")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "0")
                        .param("scale", "MEDIUM")
                        .param("value", "400000")
                        .param("startDate", "2027-04-01")
                        .param("endDate", "2030-03-31")
                        .param("commitments", "Two apprenticeships a year")
                        .param("kpis", "Placements lasting a year: 80%"))
                .andExpect(redirectedUrlPattern(page + "*"));
        mvc.perform(get(page).with(users.as(DemoUsers.FIONA)))
                .andExpect(content().string(containsString("Medium (fewer than 250 staff)")))
                .andExpect(content().string(containsString("Two apprenticeships a year")));

        mvc.perform(post(page + "/challenges")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("awardId", html.replaceAll("(?s).*?id=\"award-(\\d+)\".*", "$1"))
                        .param("challenger", "Falkirk CVS")
                        .param(
                                "receivedOn",
                                LocalDate.now(DeclarationService.SCOTLAND).toString())
                        .param("grounds", "Price scoring"))
                .andExpect(redirectedUrlPattern(page + "*"));
        var withChallenge = mvc.perform(get(page).with(users.as(DemoUsers.FIONA)))
                .andExpect(content().string(containsString("A challenge is open.")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var resolve = withChallenge.replaceAll("(?s).*?(/contracts/challenges/\\d+/resolve).*", "$1");
        String resolvePage = "/partnerships/" + id + "/tenders/" + tid + resolve;
        mvc.perform(get(resolvePage).with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Resolve the challenge by Falkirk CVS")));
        mvc.perform(post(resolvePage)
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "0")
                        .param("resolution", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter how the challenge was resolved")));
        mvc.perform(post(resolvePage)
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "0")
                        .param("resolution", "Withdrawn."))
                .andExpect(redirectedUrlPattern(page + "*"));
        mvc.perform(get(page).with(users.as(DemoUsers.FIONA)))
                .andExpect(content().string(not(containsString("A challenge is open."))))
                .andExpect(content().string(containsString("Withdrawn.")));
        // The conclusion is refused on the page with its reason while the standstill runs.
        mvc.perform(post(page + "/" + contract + "/conclude")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#conclude-" + contract + "\"")))
                .andExpect(content().string(containsString("A contract cannot be concluded before the standstill")));
    }

    @Test
    void thePagesAppointScoreAndModerateWithErrorsOnTheirFields() throws Exception {
        String page = "/partnerships/" + id + "/tenders/" + tid + "/evaluation";
        mvc.perform(post(page + "/evaluators")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("questionId", String.valueOf(q1))
                        .param("personId", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the member to appoint")));
        mvc.perform(post(page + "/evaluators")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("questionId", String.valueOf(q1))
                        .param("personId", String.valueOf(personId(DemoUsers.ADMIN))))
                .andExpect(redirectedUrlPattern(page + "*"));
        open();
        var scoring = mvc.perform(get(page + "/questions/" + q1).with(users.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The answer of " + DemoUsers.IAIN)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var bid = scoring.replaceAll("(?s).*?/bids/(\\d+)/score.*", "$1");
        mvc.perform(post(page + "/questions/" + q1 + "/bids/" + bid + "/score")
                        .with(users.as(DemoUsers.ADMIN))
                        .with(csrf())
                        .param("version", "")
                        .param("score", "six")
                        .param("justification", "Good."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#score-" + bid + "\"")))
                .andExpect(content().string(containsString("<title>Error:")));
        mvc.perform(post(page + "/questions/" + q1 + "/bids/" + bid + "/score")
                        .with(users.as(DemoUsers.ADMIN))
                        .with(csrf())
                        .param("version", "")
                        .param("score", "4")
                        .param("justification", "Good."))
                .andExpect(redirectedUrlPattern(page + "/questions/" + q1 + "*"));
        mvc.perform(get(page).with(users.as(DemoUsers.FIONA)))
                .andExpect(content().string(containsString("Totals and ranks")))
                .andExpect(content().string(containsString("Theatre Nemo")));
    }
}
