package scot.cairn.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.directory.ContactDetails;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * A consultation from draft to closed: Fiona (manager) prepares and opens it; anyone answers through the link without
 * an account, within the rate limit; the team enters a paper response for a carer without an email address; the
 * results count every answer, escape what people typed, and download as CSV and Excel; David (member) only reads.
 */
@CairnTest
class ConsultationIntegrationTests {

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
    JdbcClient jdbc;

    @Autowired
    scot.cairn.partnership.PartnershipService partnerships;

    long id;
    String base;
    LocalDate today;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        base = "/api/v1/partnerships/" + id + "/consultations";
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    private Map<String, Object> details(String title, boolean anonymous) {
        var d = new HashMap<String, Object>();
        d.put("title", title);
        d.put("purpose", "What helps foster carers between placements");
        d.put("audience", "Foster carers in Falkirk");
        d.put("methods", List.of("ONLINE", "PAPER"));
        d.put("closes", today.plusDays(14).toString());
        d.put("support", "Travel and care costs paid");
        d.put("anonymous", anonymous);
        return d;
    }

    private void question(long cid, String kind, String text, String options, boolean required) throws Exception {
        int version = read(call(get(base + "/" + cid), DemoUsers.FIONA, null), "$.version");
        var q = new HashMap<String, Object>();
        q.put("kind", kind);
        q.put("text", text);
        q.put("options", options);
        q.put("required", required);
        call(post(base + "/" + cid + "/questions"), DemoUsers.FIONA, Map.of("version", version, "question", q))
                .andExpect(status().isOk());
    }

    /** A draft with a required choice, a rating, a free-text and a multiple-choice question, opened; its link. */
    private long openConsultation(boolean anonymous) throws Exception {
        long cid = ((Number) read(
                        call(post(base), DemoUsers.FIONA, details("Carers between placements", anonymous))
                                .andExpect(status().isCreated()),
                        "$.id"))
                .longValue();
        question(cid, "SINGLE_CHOICE", "How often do you get respite?", "Never\nSometimes\nOften", true);
        question(cid, "RATING", "How good is the support now?", null, false);
        question(cid, "FREE_TEXT", "What would help most?", null, false);
        question(cid, "MULTIPLE_CHOICE", "Which would you use?", "Peer group\nOut-of-hours line\nTraining", false);
        int version = read(call(get(base + "/" + cid), DemoUsers.FIONA, null), "$.version");
        call(post(base + "/" + cid + "/open"), DemoUsers.FIONA, Map.of("version", version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.link").value(containsString("/public/consultations/")));
        return cid;
    }

    private String link(long cid) throws Exception {
        return read(call(get(base + "/" + cid), DemoUsers.FIONA, null), "$.link");
    }

    private ResultActions answer(String link, String address, String... params) throws Exception {
        var request = post(link).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private long responses(long cid) {
        return jdbc.sql("select count(*) from consultation_response where consultation_id = ?")
                .param(cid)
                .query(Long.class)
                .single();
    }

    @Test
    void anyoneAnswersThroughTheLinkWithoutAnAccountAndTheResultsCountIt() throws Exception {
        long cid = openConsultation(false);
        String link = link(cid);
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("How often do you get respite?")))
                .andExpect(content().string(containsString("Travel and care costs paid")));

        answer(
                        link,
                        "10.1.0.1",
                        "q1",
                        "2",
                        "q2",
                        "4",
                        "q3",
                        "<script>alert('x')</script> more respite",
                        "q4",
                        "1",
                        "q4",
                        "3",
                        "respondent",
                        "=HYPERLINK(\"http://x\")")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(link + "/thanks"));
        answer(link, "10.1.0.2", "q1", "2", "q2", "2").andExpect(status().is3xxRedirection());
        answer(link, "10.1.0.3", "q1", "1").andExpect(status().is3xxRedirection());
        mvc.perform(get(link + "/thanks")).andExpect(status().isOk());

        call(get(base + "/" + cid + "/results"), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.responses").value(3))
                .andExpect(jsonPath("$.questions[0].answered").value(3))
                .andExpect(jsonPath("$.questions[0].counts[1].count").value(2))
                .andExpect(jsonPath("$.questions[0].counts[1].percent").value(67))
                .andExpect(jsonPath("$.questions[1].average").value(3.0))
                .andExpect(jsonPath("$.questions[2].texts[0]").value("<script>alert('x')</script> more respite"))
                .andExpect(jsonPath("$.questions[3].counts[*].count", hasItem(1)))
                .andExpect(jsonPath("$.latest[*].channel", hasItem("ONLINE")));
        mvc.perform(get("/partnerships/" + id + "/consultations/" + cid + "/results")
                        .with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; more")))
                .andExpect(content().string(not(containsString("<script>alert"))));

        var csv = new String(
                call(get(base + "/" + cid + "/responses.csv"), DemoUsers.DAVID, null)
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("'=HYPERLINK", "Sometimes", "Peer group; Training")
                .doesNotContain(",=HYPERLINK");
        var xlsx = call(get(base + "/" + cid + "/responses.xlsx"), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("1. How often do you get respite?");
        }
    }

    @Test
    void wrongAnswersAreRefusedByQuestionAndNothingIsSaved() throws Exception {
        long cid = openConsultation(false);
        String link = link(cid);
        answer(link, "10.2.0.1", "q2", "9", "q4", "7", "q3", "x".repeat(4001))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose a rating from 1 to 5")))
                .andExpect(content().string(containsString("Choose one of the options given")))
                .andExpect(content().string(containsString("The answer must be 4,000 characters or fewer")))
                .andExpect(content().string(containsString("href=\"#q2\"")));
        answer(link, "10.2.0.1", "q2", "3")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Answer question 1")));
        answer(link, "10.2.0.1", "q1", "1", "q1", "2")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose only one option")));
        assertThat(responses(cid)).isZero();
        mvc.perform(get("/public/consultations/0123456789abcdef0123456789abcdef"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/consultations/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void tooManyAnswersFromOneAddressAreRefusedWith429() throws Exception {
        long cid = openConsultation(true);
        String link = link(cid);
        for (int i = 0; i < ConsultationLimits.ANSWERS_PER_ADDRESS; i++) {
            answer(link, "10.3.0.1", "q1", "1").andExpect(status().is3xxRedirection());
        }
        answer(link, "10.3.0.1", "q1", "1")
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Please try again later")));
        answer(link, "10.3.0.2", "q1", "1").andExpect(status().is3xxRedirection());
        assertThat(responses(cid)).isEqualTo(ConsultationLimits.ANSWERS_PER_ADDRESS + 1);
    }

    @Test
    void theLinkOfAClosedPartnershipTakesNoAnswers() throws Exception {
        long cid = openConsultation(false);
        String link = link(cid);
        partnerships.close(
                id,
                scot.cairn.partnership.ClosureRoute.STOPPED,
                "The council withdrew its funding.",
                users.current(DemoUsers.FIONA));
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has closed: it takes no more answers")))
                .andExpect(content().string(not(containsString("Send my answers"))));
        answer(link, "10.6.0.1", "q1", "1")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("has closed: it takes no more answers")));
        assertThat(responses(cid)).isZero();
    }

    @Test
    void questionsAreFixedOnceOpenAndAClosedConsultationTakesNoAnswers() throws Exception {
        long cid = openConsultation(false);
        String link = link(cid);
        int version = read(call(get(base + "/" + cid), DemoUsers.FIONA, null), "$.version");
        call(
                        post(base + "/" + cid + "/questions"),
                        DemoUsers.FIONA,
                        Map.of("version", version, "question", Map.of("kind", "FREE_TEXT", "text", "Late question")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("only while the consultation is a draft")));
        call(delete(base + "/" + cid + "/questions/1?version=" + version), DemoUsers.FIONA, null)
                .andExpect(status().isBadRequest());
        call(post(base + "/" + cid + "/close"), DemoUsers.DAVID, Map.of("version", version))
                .andExpect(status().isForbidden());
        call(post(base + "/" + cid + "/close"), DemoUsers.FIONA, Map.of("version", version - 1))
                .andExpect(status().isConflict());
        call(post(base + "/" + cid + "/close"), DemoUsers.FIONA, Map.of("version", version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This consultation closed on")))
                .andExpect(content().string(not(containsString("Send my answers"))));
        answer(link, "10.5.0.1", "q1", "1")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("it takes no more answers")));
        var token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("select status from consultation_consultation where link_token = ?")
                        .param(token)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED");
        call(
                        post(base + "/" + cid + "/responses"),
                        DemoUsers.FIONA,
                        Map.of("channel", "PAPER", "answers", List.of(Map.of("question", 1, "choices", List.of(1)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("closed on")));
        assertThat(responses(cid)).isZero();
    }

    @Test
    void theTeamEntersAPaperResponseForACarerWithoutAnEmailAddress() throws Exception {
        long cid = openConsultation(false);
        var fiona = users.current(DemoUsers.FIONA);
        long carer = membership
                .addWithoutEmail(
                        id,
                        new ContactDetails("Ann Brodie", "01324 506070", null, "To be phoned about the consultation"),
                        MemberRole.MEMBER,
                        fiona)
                .id();
        var body = new HashMap<String, Object>();
        body.put("channel", "PAPER");
        body.put("receivedOn", today.toString());
        body.put("onBehalfOf", carer);
        body.put(
                "answers",
                List.of(Map.of("question", 1, "choices", List.of(3)), Map.of("question", 3, "text", "A phone line")));
        call(post(base + "/" + cid + "/responses"), DemoUsers.DAVID, body).andExpect(status().isForbidden());
        call(post(base + "/" + cid + "/responses"), DemoUsers.FIONA, body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordedBy").value("Fiona Reid"))
                .andExpect(jsonPath("$.forWhom").value("Ann Brodie"));
        mvc.perform(get("/partnerships/" + id + "/consultations/" + cid + "/results")
                        .with(users.as(DemoUsers.DAVID)))
                .andExpect(content().string(containsString("Recorded by Fiona Reid for Ann Brodie")));

        body.put("receivedOn", today.plusDays(1).toString());
        call(post(base + "/" + cid + "/responses"), DemoUsers.FIONA, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
        assertThat(responses(cid)).isEqualTo(1);
    }

    @Test
    void anAnonymousConsultationNamesNobodyAndOutsidersSeeNothing() throws Exception {
        long cid = openConsultation(true);
        var body = new HashMap<String, Object>();
        body.put("channel", "WORKSHOP");
        body.put("respondent", "Someone");
        body.put("answers", List.of(Map.of("question", 1, "choices", List.of(1))));
        call(post(base + "/" + cid + "/responses"), DemoUsers.FIONA, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("respondent"));
        answer(link(cid), "10.4.0.1", "q1", "1", "respondent", "Named anyway").andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                "select count(*) from consultation_response where consultation_id = ? and respondent is not null")
                        .param(cid)
                        .query(Long.class)
                        .single())
                .isZero();
        call(get(base + "/" + cid + "/results"), DemoUsers.MORVEN, null).andExpect(status().isNotFound());
        call(get(base + "/" + cid + "/responses.csv"), DemoUsers.MORVEN, null).andExpect(status().isNotFound());
        call(post(base), DemoUsers.DAVID, details("Not mine", false)).andExpect(status().isForbidden());
        var blank = details("", true);
        blank.put("version", read(call(get(base + "/" + cid), DemoUsers.FIONA, null), "$.version"));
        call(put(base + "/" + cid), DemoUsers.FIONA, blank)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }
}
