package scot.cairn.tendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.Standing;
import scot.cairn.partnership.ToDoService;
import scot.cairn.partnership.WorkKind;
import scot.cairn.platform.Message;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Declarations of interests: David (Falkirk CVS, which may bid) declares; Fiona reviews as a manager and, with the
 * board, reads everyone's; Iain, a plain member, reads only his own and reviews nothing.
 */
@CairnTest
class DeclarationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MembershipService membership;

    @Autowired
    DeclarationService declarations;

    @Autowired
    ToDoService todo;

    long id;
    long cvs;
    String base;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        cvs = governance.org("Falkirk CVS");
        var fiona = users.current(DemoUsers.FIONA);
        membership.setMember(id, DemoUsers.IAIN, MemberRole.MEMBER, fiona);
        base = "/api/v1/partnerships/" + id + "/declarations";
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static Map<String, Object> interest(String kind, Long organisationId, String description) {
        var i = new HashMap<String, Object>();
        i.put("kind", kind);
        i.put("organisationId", organisationId);
        i.put("description", description);
        return i;
    }

    private static Map<String, Object> declaring(
            Integer version, boolean nothing, List<Map<String, Object>> interests) {
        var d = new HashMap<String, Object>();
        d.put("version", version);
        d.put("nothingToDeclare", nothing);
        d.put("interests", interests);
        return d;
    }

    private int declareAsDavid() throws Exception {
        var made = call(
                        put(base + "/mine"),
                        DemoUsers.DAVID,
                        declaring(null, false, List.of(interest("EMPLOYER", cvs, "Chief Executive of Falkirk CVS"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WAITING"))
                .andExpect(jsonPath("$.interests[0].organisation").value("Falkirk CVS"))
                .andReturn();
        return JsonPath.read(made.getResponse().getContentAsString(), "$.id");
    }

    @Test
    void aDeclarationSaysNothingOrItsInterestsEachComplete() throws Exception {
        call(put(base + "/mine"), DemoUsers.DAVID, declaring(null, false, List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nothingToDeclare"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("List your interests, or say you have nothing to declare"));
        call(
                        put(base + "/mine"),
                        DemoUsers.DAVID,
                        declaring(null, true, List.of(interest("FINANCIAL", null, "Shares"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nothingToDeclare"));
        long stranger = governance.org("Quarriers");
        call(
                        put(base + "/mine"),
                        DemoUsers.DAVID,
                        declaring(
                                null,
                                false,
                                List.of(
                                        interest(null, null, ""),
                                        interest("EMPLOYER", null, "Chief Executive"),
                                        interest("ORGANISATION", stranger, "Trustee"),
                                        interest(null, null, "Something"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'interests[1].organisationId')].message")
                        .value("Interest 2: choose the organisation that may bid"))
                .andExpect(jsonPath("$.errors[?(@.field == 'interests[2].organisationId')].message")
                        .value("Interest 3: choose one of the partnership’s partners, or none"))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'interests[3].kind')]").exists());
        call(get(base), DemoUsers.DAVID, null).andExpect(jsonPath("$.mine").doesNotExist());
        call(put(base + "/mine"), DemoUsers.DAVID, declaring(null, true, List.of(interest(null, null, " "))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nothingToDeclare").value(true))
                .andExpect(jsonPath("$.interests.length()").value(0));
    }

    @Test
    void aReviewerRecordsTheFindingAndARelevantConflictKeepsThePersonOutOfEvaluation() throws Exception {
        int did = declareAsDavid();
        long david = users.current(DemoUsers.DAVID).personId();
        assertThat(declarations.evaluatorRefusal(id, david)).contains(Message.of("tendering.evaluator.unreviewed"));
        assertThat(declarations.evaluatorRefusal(
                        id, users.current(DemoUsers.IAIN).personId()))
                .contains(Message.of("tendering.evaluator.undeclared"));
        assertThat(todo.forPartnership(id, users.current(DemoUsers.FIONA)).waitingOnYou())
                .anySatisfy(item -> {
                    assertThat(item.kind()).isEqualTo(WorkKind.REVIEW_DECLARATION);
                    assertThat(item.href()).isEqualTo("/partnerships/" + id + "/declarations/" + did);
                });
        assertThat(todo.forPartnership(id, users.current(DemoUsers.DAVID)).waitingOnYou())
                .noneMatch(item -> item.kind() == WorkKind.REVIEW_DECLARATION);

        var review = new HashMap<String, Object>(Map.of("version", 0, "risk", "RELEVANT"));
        call(post(base + "/" + did + "/review"), DemoUsers.IAIN, review).andExpect(status().isForbidden());
        call(post(base + "/" + did + "/review"), DemoUsers.FIONA, review)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Choose at least one measure for a conflict"));
        review.put("measures", List.of("INFORMATION_SHARED"));
        call(post(base + "/" + did + "/review"), DemoUsers.FIONA, review)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("A relevant conflict keeps the person out of evaluating bids: choose that measure"));
        review.put("measures", List.of("INFORMATION_SHARED", "KEPT_OUT_OF_EVALUATION"));
        review.put("note", "Falkirk CVS may bid.");
        call(post(base + "/" + did + "/review"), DemoUsers.FIONA, review)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.risk").value("RELEVANT"))
                .andExpect(jsonPath("$.reviewedBy").value("Fiona Reid"));
        review.put("version", 1);
        call(post(base + "/" + did + "/review"), DemoUsers.FIONA, review)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("reviewed already")));
        assertThat(declarations.evaluatorRefusal(id, david)).contains(Message.of("tendering.evaluator.relevant"));

        // A change goes back for review and clears the old finding; it carries the version read.
        var change = declaring(null, false, List.of(interest("PERSONAL", null, "My sister fosters with Quarriers")));
        call(put(base + "/mine"), DemoUsers.DAVID, change).andExpect(status().is(428));
        change.put("version", 0);
        call(put(base + "/mine"), DemoUsers.DAVID, change).andExpect(status().isConflict());
        change.put("version", 1);
        call(put(base + "/mine"), DemoUsers.DAVID, change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WAITING"))
                .andExpect(jsonPath("$.risk").doesNotExist())
                .andExpect(jsonPath("$.measures.length()").value(0));
        assertThat(declarations.evaluatorRefusal(id, david)).contains(Message.of("tendering.evaluator.unreviewed"));
        call(
                        post(base + "/" + did + "/review"),
                        DemoUsers.FIONA,
                        Map.of("version", 2, "risk", "NONE", "measures", List.of()))
                .andExpect(status().isOk());
        assertThat(declarations.evaluatorRefusal(id, david)).isEmpty();

        // Saving the same words again changes nothing and keeps the review.
        change.put("version", 3);
        call(put(base + "/mine"), DemoUsers.DAVID, change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVIEWED"))
                .andExpect(jsonPath("$.version").value(3));
        // A managed conflict whose measures keep the person out of evaluation keeps them out too.
        change.put("interests", List.of(interest("FINANCIAL", null, "Shares in a care company")));
        call(put(base + "/mine"), DemoUsers.DAVID, change).andExpect(status().isOk());
        call(
                        post(base + "/" + did + "/review"),
                        DemoUsers.FIONA,
                        Map.of("version", 4, "risk", "MANAGED", "measures", List.of("KEPT_OUT_OF_EVALUATION")))
                .andExpect(status().isOk());
        assertThat(declarations.evaluatorRefusal(id, david)).contains(Message.of("tendering.evaluator.relevant"));
    }

    @Test
    void thePartnershipsHistorySaysWhoDeclaredButNeverWhat() throws Exception {
        membership.setMember(id, DemoUsers.SAM, MemberRole.OBSERVER, users.current(DemoUsers.FIONA));
        int did = declareAsDavid();
        call(
                        post(base + "/" + did + "/review"),
                        DemoUsers.FIONA,
                        Map.of(
                                "version",
                                0,
                                "risk",
                                "RELEVANT",
                                "measures",
                                List.of("KEPT_OUT_OF_EVALUATION"),
                                "note",
                                "Secret note"))
                .andExpect(status().isOk());
        var history = call(get("/api/v1/partnerships/" + id + "/history"), DemoUsers.SAM, null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(history)
                .contains("David Kerr")
                .doesNotContain("Chief Executive of Falkirk CVS")
                .doesNotContain("Secret note")
                .doesNotContain("KEPT_OUT_OF_EVALUATION")
                .doesNotContain("RELEVANT");
    }

    @Test
    void nobodyReviewsTheirOwnAndOnlyThePersonReviewersAndTheBoardReadADeclaration() throws Exception {
        int did = declareAsDavid();
        var mine = call(put(base + "/mine"), DemoUsers.FIONA, declaring(null, true, List.of()))
                .andExpect(status().isOk())
                .andReturn();
        int own = JsonPath.read(mine.getResponse().getContentAsString(), "$.id");
        call(post(base + "/" + own + "/review"), DemoUsers.FIONA, Map.of("version", 0, "risk", "NONE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Someone else must review your own declaration"));
        call(get(base + "/" + own), DemoUsers.FIONA, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewable").value(false));

        call(get(base + "/" + did), DemoUsers.IAIN, null).andExpect(status().isForbidden());
        call(get(base), DemoUsers.IAIN, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mayReadAll").value(false))
                .andExpect(jsonPath("$.all.length()").value(0))
                .andExpect(jsonPath("$.undeclared.length()").value(0));
        call(get(base), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.all.length()").value(2))
                .andExpect(jsonPath("$.undeclared").value(org.hamcrest.Matchers.contains("Iain Campbell")));
        call(get(base + "/" + did), DemoUsers.DAVID, null).andExpect(status().isOk());

        // A seat on the board reads everyone's; Iain gets one.
        governance.board(id);
        var fiona = users.current(DemoUsers.FIONA);
        membership.setPartner(id, governance.org("Theatre Nemo"), Standing.CORE, fiona);
        var board = governance.groups().groups(id, fiona).stream()
                .filter(g -> g.kind() == scot.cairn.governance.GroupKind.BOARD)
                .findFirst()
                .orElseThrow();
        governance
                .groups()
                .addMember(id, board.id(), scot.cairn.governance.MemberDetails.of(DemoUsers.IAIN, false), fiona);
        call(get(base + "/" + did), DemoUsers.IAIN, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviewable").value(false));
        call(get(base), DemoUsers.SAM, null).andExpect(status().isNotFound());
    }

    @Test
    void thePagesDeclareAndReviewWithErrorsOnTheForm() throws Exception {
        mvc.perform(get("/partnerships/" + id + "/declarations").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Declare your interests")))
                .andExpect(content().string(containsString("name=\"interests[2].description\"")));
        mvc.perform(post("/partnerships/" + id + "/declarations")
                        .with(users.as(DemoUsers.DAVID))
                        .with(csrf())
                        .param("interests[0].kind", "EMPLOYER")
                        .param("interests[0].organisationId", "")
                        .param("interests[0].description", "Chief Executive")
                        .param("interests[1].kind", "")
                        .param("interests[1].description", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Interest 1: choose the organisation that may bid")))
                .andExpect(content().string(containsString("govuk-form-group--error")));
        mvc.perform(post("/partnerships/" + id + "/declarations")
                        .with(users.as(DemoUsers.DAVID))
                        .with(csrf())
                        .param("interests[0].kind", "EMPLOYER")
                        .param("interests[0].organisationId", String.valueOf(cvs))
                        .param("interests[0].description", "Chief Executive")
                        .param("interests[1].kind", "")
                        .param("interests[1].description", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/partnerships/" + id + "/declarations"));
        long did = declarations
                .declarations(id, users.current(DemoUsers.DAVID))
                .mine()
                .id();
        mvc.perform(get("/partnerships/" + id + "/declarations/" + did).with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chief Executive")))
                .andExpect(content().string(containsString("Record the review")));
        mvc.perform(post("/partnerships/" + id + "/declarations/" + did + "/review")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "0")
                        .param("risk", "MANAGED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose at least one measure for a conflict")));
        mvc.perform(post("/partnerships/" + id + "/declarations/" + did + "/review")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "0")
                        .param("risk", "MANAGED")
                        .param("measures", "INFORMATION_SHARED", "SEPARATE_TEAM"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/partnerships/" + id + "/declarations/" + did).with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Conflict managed")))
                .andExpect(content().string(containsString("Their organisation keeps its bid team apart from them")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Record the review"))));
    }
}
