package scot.cairn.tendering;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tenders drawn from the approved specification: refused before the board approves one, the award criteria's weights
 * and the timetable checked field by field with nothing saved, the version carried, read by every member and drawn
 * only by those who write tenders.
 */
@CairnTest
class TenderIntegrationTests {

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

    long id;
    String base;

    @BeforeEach
    void setUp() {
        id = tendering.inPilot();
        membership.setMember(id, DemoUsers.IAIN, MemberRole.MEMBER, users.current(DemoUsers.FIONA));
        base = "/api/v1/partnerships/" + id + "/tenders";
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private void approveSpecification() {
        var fiona = users.current(DemoUsers.FIONA);
        var v = documents.save(
                id, DocumentKind.SPEC, 0, null, GovernanceFixture.text(DocumentKind.SPEC, "agreed"), fiona);
        var signed = documents.sign(id, DocumentKind.SPEC, v.number(), v.version(), fiona);
        documents.sign(id, DocumentKind.SPEC, v.number(), signed.version(), users.current(DemoUsers.DAVID));
    }

    private static Map<String, Object> tender(Integer version, int quality, int price, int benefits) {
        var t = new HashMap<String, Object>();
        t.put("version", version);
        t.put("title", "Foster care provision");
        t.put("procedure", "OPEN");
        t.put("estimatedValue", 4200000);
        t.put("qualityWeight", quality);
        t.put("priceWeight", price);
        t.put("benefitsWeight", benefits);
        t.put("publication", START.toString());
        t.put("clarificationDeadline", START.plusDays(21).toString());
        t.put("bidDeadline", START.plusDays(35).toString());
        t.put("evaluationEnd", START.plusDays(56).toString());
        t.put("intendedAward", START.plusDays(63).toString());
        t.put("contractStart", START.plusDays(90).toString());
        return t;
    }

    @Test
    void aTenderIsDrawnOnlyFromAnApprovedSpecificationWithItsWeightsAndTimetableChecked() throws Exception {
        call(post(base), DemoUsers.FIONA, tender(null, 60, 30, 10))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("has not approved a version yet")));
        mvc.perform(get("/partnerships/" + id + "/tender").with(users.as(DemoUsers.FIONA)))
                .andExpect(content().string(containsString("No tender has been drawn yet")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/tenders/new"))));
        approveSpecification();

        call(post(base), DemoUsers.IAIN, tender(null, 60, 30, 10)).andExpect(status().isForbidden());
        call(post(base), DemoUsers.FIONA, tender(null, 0, 100, 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'priceWeight')].message")
                        .value("Price may not be the only criterion: give quality a weight"))
                .andExpect(jsonPath("$.errors[?(@.field == 'qualityWeight')].message")
                        .value("Quality must count: give it a weight above 0"));
        call(post(base), DemoUsers.FIONA, tender(null, 60, 30, 20))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[0].message").value("The weights add up to 110%: they must add up to 100%"));
        var late = tender(null, 60, 30, 10);
        late.put("clarificationDeadline", START.minusDays(1).toString());
        late.put("contractStart", START.plusDays(70).toString());
        late.put("title", " ");
        call(post(base), DemoUsers.FIONA, late)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message").value("Enter the tender’s title"))
                .andExpect(jsonPath("$.errors[?(@.field == 'clarificationDeadline')].message")
                        .value("The deadline for clarification questions must be after publication"))
                .andExpect(jsonPath("$.errors[?(@.field == 'contractStart')].message")
                        .value("The contract starts after the standstill of 10 days after the award, so after "
                                + START.plusDays(73)));
        call(get(base), DemoUsers.FIONA, null).andExpect(jsonPath("$.length()").value(0));

        var made = call(post(base), DemoUsers.FIONA, tender(null, 60, 30, 10))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("T-1"))
                .andExpect(jsonPath("$.specVersion").value(1))
                .andExpect(jsonPath("$.standstillEnd").value(START.plusDays(73).toString()))
                .andReturn();
        int tid = JsonPath.read(made.getResponse().getContentAsString(), "$.id");
        call(put(base + "/" + tid), DemoUsers.FIONA, tender(null, 50, 40, 10)).andExpect(status().is(428));
        call(put(base + "/" + tid), DemoUsers.FIONA, tender(4, 50, 40, 10)).andExpect(status().isConflict());
        call(put(base + "/" + tid), DemoUsers.IAIN, tender(0, 50, 40, 10)).andExpect(status().isForbidden());
        call(put(base + "/" + tid), DemoUsers.FIONA, tender(0, 50, 40, 10))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.tender.priceWeight").value(40));
        call(get(base), DemoUsers.IAIN, null)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].tender.qualityWeight").value(50));
    }

    private static Map<String, Object> question(Integer version, String criterion, Integer weight) {
        var q = new HashMap<String, Object>();
        q.put("version", version);
        q.put("criterion", criterion);
        q.put("text", "How will you keep placements stable?");
        q.put("guidance", "A good answer names the support carers get at night.");
        q.put("weight", weight);
        return q;
    }

    @Test
    void questionsWeighNoMoreThanTheirCriterionAndTheTendersWeightsNoLessThanItsQuestions() throws Exception {
        approveSpecification();
        int tid = JsonPath.read(
                call(post(base), DemoUsers.FIONA, tender(null, 60, 40, 0))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String questions = base + "/" + tid + "/questions";
        call(post(questions), DemoUsers.IAIN, question(null, "QUALITY", 20)).andExpect(status().isForbidden());
        call(post(questions), DemoUsers.FIONA, question(null, null, 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'criterion')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'weight')].message")
                        .value("Enter the weight as a whole percent from 1 to 100"));
        call(post(questions), DemoUsers.FIONA, question(null, "COMMUNITY_BENEFITS", 5))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("This criterion weighs nothing in the tender, so it takes no questions"));
        call(post(questions), DemoUsers.FIONA, question(null, "QUALITY", 40))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("Q1"));
        int q2 = JsonPath.read(
                call(post(questions), DemoUsers.FIONA, question(null, "QUALITY", 15))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        call(post(questions), DemoUsers.FIONA, question(null, "QUALITY", 10))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Quality questions would weigh 65%, more than the 60% Quality weighs in the tender"));
        call(put(questions + "/" + q2), DemoUsers.FIONA, question(null, "QUALITY", 20))
                .andExpect(status().is(428));
        call(put(questions + "/" + q2), DemoUsers.FIONA, question(0, "QUALITY", 20))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.question.weight").value(20));
        call(get(questions), DemoUsers.IAIN, null)
                .andExpect(jsonPath("$.questions.length()").value(2))
                .andExpect(jsonPath("$.shares[0].questions").value(60))
                .andExpect(jsonPath("$.shares[0].criterionWeight").value(60));

        // The tender's quality weight may not fall below what its questions weigh.
        call(put(base + "/" + tid), DemoUsers.FIONA, tender(0, 50, 50, 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Quality questions already weigh 60%: give Quality at least that, or change the"
                                + " questions first"));
        call(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                                questions + "/" + q2 + "?version=1"),
                        DemoUsers.FIONA,
                        null)
                .andExpect(status().isNoContent());
        call(put(base + "/" + tid), DemoUsers.FIONA, tender(0, 50, 50, 0)).andExpect(status().isOk());

        String page = "/partnerships/" + id + "/tenders/" + tid;
        mvc.perform(get(page).with(users.as(DemoUsers.IAIN)))
                .andExpect(content().string(containsString("Quality: the questions weigh 40% of 50%")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Add the question"))));
        mvc.perform(post(page + "/questions")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("criterion", "QUALITY")
                        .param("text", "How will carers be trained?")
                        .param("guidance", "")
                        .param("weight", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the guidance evaluators score by")));
        mvc.perform(post(page + "/questions")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("criterion", "QUALITY")
                        .param("text", "How will carers be trained?")
                        .param("guidance", "Before the first placement.")
                        .param("weight", "10"))
                .andExpect(redirectedUrlPattern(page + "*"));
        mvc.perform(get(page).with(users.as(DemoUsers.FIONA)))
                .andExpect(content().string(containsString("How will carers be trained?")))
                .andExpect(content().string(containsString("Quality: the questions weigh 50% of 50%")));
    }

    @Test
    void thePagesDrawAndShowATenderWithErrorsOnTheForm() throws Exception {
        approveSpecification();
        String page = "/partnerships/" + id + "/tenders/new";
        mvc.perform(get(page).with(users.as(DemoUsers.IAIN))).andExpect(status().isForbidden());
        mvc.perform(get("/partnerships/" + id + "/tender").with(users.as(DemoUsers.FIONA)))
                .andExpect(content().string(containsString("Draw a tender from the approved specification")));
        mvc.perform(get(page).with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deadline for bids")));
        mvc.perform(post(page)
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("title", "Foster care provision")
                        .param("procedure", "OPEN")
                        .param("qualityWeight", "sixty")
                        .param("priceWeight", "30")
                        .param("benefitsWeight", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter a whole number")));
        mvc.perform(post(page)
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("title", "Foster care provision")
                        .param("procedure", "OPEN")
                        .param("qualityWeight", "60")
                        .param("priceWeight", "30")
                        .param("benefitsWeight", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the deadline for bids")));
        var drawn = mvc.perform(post(page)
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("title", "Foster care provision")
                        .param("procedure", "LIGHT_TOUCH")
                        .param("estimatedValue", "4200000")
                        .param("qualityWeight", "60")
                        .param("priceWeight", "30")
                        .param("benefitsWeight", "10")
                        .param("publication", START.toString())
                        .param("clarificationDeadline", START.plusDays(21).toString())
                        .param("bidDeadline", START.plusDays(35).toString())
                        .param("evaluationEnd", START.plusDays(56).toString())
                        .param("intendedAward", START.plusDays(63).toString())
                        .param("contractStart", START.plusDays(90).toString()))
                .andExpect(redirectedUrlPattern("/partnerships/" + id + "/tenders/*"))
                .andReturn();
        mvc.perform(get(drawn.getResponse().getRedirectedUrl()).with(users.as(DemoUsers.IAIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("T-1: Foster care provision")))
                .andExpect(content().string(containsString("Light-touch regime")))
                .andExpect(content().string(containsString("Quality 60%, price 30%, community benefits 10%")))
                .andExpect(content().string(containsString("13 May 2028")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Change T-1"))));
    }
}
