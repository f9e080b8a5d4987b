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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
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
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * "You said, we did": Fiona draws themes from a consultation's answers, tags answers, links a theme to a risk of the
 * partnership and publishes it at the consultation's link; a published theme stays as published until withdrawn.
 */
@CairnTest
class ThemeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    ConsultationService consultations;

    @Autowired
    ResponseService responses;

    long id;
    long cid;
    String themes;
    String link;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        var fiona = users.current(DemoUsers.FIONA);
        var c = consultations.create(
                id,
                new ConsultationDetails(
                        "Carers",
                        null,
                        null,
                        java.util.Set.of(),
                        null,
                        LocalDate.now(ZoneId.of("Europe/London")).plusDays(3),
                        null,
                        true),
                fiona);
        c = consultations.addQuestion(
                id,
                c.id(),
                c.version(),
                new QuestionDetails(QuestionKind.FREE_TEXT, "What would help?", null, true),
                fiona);
        c = consultations.open(id, c.id(), c.version(), fiona);
        cid = c.id();
        link = c.link();
        for (String text : List.of("Weekend phone line", "Someone at night", "Respite booked ahead")) {
            responses.record(
                    id,
                    cid,
                    new ResponseDetails(Channel.PAPER, null, null, null, List.of(new AnswerInput(1, text, null, null))),
                    fiona);
        }
        themes = "/api/v1/partnerships/" + id + "/consultations/" + cid + "/themes";
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

    private Map<String, Object> theme(String name, String said, String response, String recordLink) {
        var t = new HashMap<String, Object>();
        t.put("name", name);
        t.put("said", said);
        t.put("response", response);
        t.put("change", "An out-of-hours line run by carers");
        t.put("link", recordLink);
        return t;
    }

    private long risk(long partnership) throws Exception {
        var body = new HashMap<String, Object>();
        body.put("kind", "RISK");
        body.put("title", "Carers leave for lack of support at night");
        body.put("category", "DELIVERY");
        body.put("ownerId", users.current(DemoUsers.FIONA).personId());
        body.put("likelihood", 3);
        body.put("impact", 4);
        body.put("proximity", "IMMINENT");
        body.put("response", "REDUCE");
        body.put(
                "nextReview",
                LocalDate.now(ZoneId.of("Europe/London")).plusDays(7).toString());
        return ((Number) read(
                        call(post("/api/v1/partnerships/" + partnership + "/risks"), DemoUsers.FIONA, body)
                                .andExpect(status().isCreated()),
                        "$.id"))
                .longValue();
    }

    @Test
    void aThemeIsTaggedLinkedAndPublishedAtTheConsultationsLink() throws Exception {
        long risk = risk(id);
        long otherRisk = risk(governance.newPartnership());
        call(post(themes), DemoUsers.FIONA, theme(" ", null, null, "RISK:" + otherRisk))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
        call(post(themes), DemoUsers.FIONA, theme("Help at night", null, null, "RISK:" + otherRisk))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("link"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose a record of this partnership"));
        call(post(themes), DemoUsers.DAVID, theme("Help at night", null, null, null))
                .andExpect(status().isForbidden());
        var added = call(post(themes), DemoUsers.FIONA, theme("Help at night", null, null, "RISK:" + risk))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.link.href").value("/partnerships/" + id + "/risks/" + risk));
        long tid = ((Number) read(added, "$.id")).longValue();

        var page = call(get(themes + "/answers?question=1"), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3));
        List<Number> answers = read(page, "$.answers[*].responseId");
        call(
                        put(themes + "/answers/" + answers.get(0)),
                        DemoUsers.FIONA,
                        Map.of("question", 1, "themeIds", List.of(tid)))
                .andExpect(status().isNoContent());
        call(
                        put(themes + "/answers/" + answers.get(1)),
                        DemoUsers.FIONA,
                        Map.of("question", 1, "themeIds", List.of(tid)))
                .andExpect(status().isNoContent());
        call(
                        put(themes + "/answers/" + answers.get(1)),
                        DemoUsers.FIONA,
                        Map.of("question", 1, "themeIds", List.of(-5)))
                .andExpect(status().isBadRequest());
        call(get(themes), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$[0].answers").value(2));

        call(post(themes + "/" + tid + "/publish"), DemoUsers.FIONA, Map.of("version", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", hasItem("Say what people said before publishing")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Say what the partnership did before publishing")));
        var full = theme(
                "Help at night", "Carers <b>need</b> someone at night", "We designed a night line", "RISK:" + risk);
        full.put("version", 0);
        call(put(themes + "/" + tid), DemoUsers.FIONA, full).andExpect(status().isOk());
        mvc.perform(get(link)).andExpect(content().string(not(containsString("You said, we did"))));
        call(post(themes + "/" + tid + "/publish"), DemoUsers.FIONA, Map.of("version", 1))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publishedBy").value("Fiona Reid"));
        mvc.perform(get(link))
                .andExpect(content().string(containsString("You said, we did")))
                .andExpect(content().string(containsString("Carers &lt;b&gt;need&lt;/b&gt; someone at night")))
                .andExpect(content().string(containsString("We designed a night line")))
                .andExpect(content().string(not(containsString("/risks/"))));

        full.put("version", 2);
        full.put("response", "Changed quietly");
        call(put(themes + "/" + tid), DemoUsers.FIONA, full)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("withdraw it before changing")));
        call(delete(themes + "/" + tid + "?version=2"), DemoUsers.FIONA, null).andExpect(status().isBadRequest());
        call(post(themes + "/" + tid + "/withdraw"), DemoUsers.FIONA, Map.of("version", 2))
                .andExpect(status().isOk());
        mvc.perform(get(link)).andExpect(content().string(not(containsString("We designed a night line"))));
        call(delete(themes + "/" + tid + "?version=3"), DemoUsers.FIONA, null).andExpect(status().isNoContent());
        call(get(themes), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void thePagesTagAnswersAndPublishWithoutJavaScript() throws Exception {
        String base = "/partnerships/" + id + "/consultations/" + cid + "/themes";
        var fiona = users.as(DemoUsers.FIONA);
        assertThat(mvc.perform(post(base).with(fiona).with(csrf()).param("name", ""))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Enter the theme", "href=\"#name\"");
        mvc.perform(post(base)
                        .with(fiona)
                        .with(csrf())
                        .param("name", "Weekends")
                        .param("said", "Weekends are hard")
                        .param("response", "A weekend line"))
                .andExpect(status().is3xxRedirection());
        long tid = ((Number) read(call(get(themes), DemoUsers.FIONA, null), "$[0].id")).longValue();
        var tagPage = mvc.perform(get(base + "/answers").param("question", "1").with(fiona))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tagPage).contains("3 answers, page 1 of 1", "Weekend phone line", "Save the themes");
        long answer = ((Number) read(
                        call(get(themes + "/answers?question=1"), DemoUsers.FIONA, null), "$.answers[0].responseId"))
                .longValue();
        mvc.perform(post(base + "/answers/" + answer)
                        .with(fiona)
                        .with(csrf())
                        .param("question", "1")
                        .param("themeIds", String.valueOf(tid)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base + "/" + tid + "/publish").with(fiona).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(base + "/" + tid).with(users.as(DemoUsers.DAVID)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Published on", "1 answer tagged with it.")
                .doesNotContain("Withdraw it to correct it");
        mvc.perform(get(base).with(users.as(DemoUsers.MORVEN))).andExpect(status().isNotFound());
    }
}
