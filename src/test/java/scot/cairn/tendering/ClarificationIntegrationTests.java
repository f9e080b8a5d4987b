package scot.cairn.tendering;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.platform.PlatformClock;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Clarification questions: asked only by an interested provider and before the deadline; seen by those who write
 * tenders with the organisation that asked and by nobody else until answered; answered once, with the version read and
 * the question reworded, to every interested provider at the same moment, without the asker's name, into the
 * information-parity ledger and their notifications.
 */
@CairnTest
class ClarificationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    TenderingFixture tendering;

    long id;
    long tid;
    String base;
    LocalDate due;

    @BeforeEach
    void setUp() {
        id = tendering.inPilot();
        due = LocalDate.now(DeclarationService.SCOTLAND).plusDays(5);
        tid = tendering.publishedTender(id, due);
        base = "/api/v1/partnerships/" + id + "/tenders/" + tid + "/clarifications";
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    @Test
    void anAnswerReachesEveryInterestedProviderAtOnceWithoutNamingWhoAsked() throws Exception {
        String tender = "/api/v1/partnerships/" + id + "/tenders/" + tid;
        call(post(base), DemoUsers.IAIN, Map.of("question", "Do carers need to live in Falkirk?"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Express your organisation’s interest in the tender before asking a question"));
        call(post(tender + "/interest"), DemoUsers.IAIN, null).andExpect(status().isOk());
        call(post(tender + "/interest"), DemoUsers.DAVID, null).andExpect(status().isOk());
        call(post(base), DemoUsers.IAIN, Map.of("question", " "))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'question')].message").value("Enter your question"));
        call(post(base), DemoUsers.IAIN, Map.of("question", "Theatre Nemo asks: do carers need to live in Falkirk?"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clarifications[0].reference").value("C-1"))
                .andExpect(jsonPath("$.clarifications[0].answer").doesNotExist());

        // Unanswered, it is Theatre Nemo's and the officers' alone.
        call(get(base), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.clarifications.length()").value(0));
        call(get(base), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.clarifications[0].organisation").value("Theatre Nemo"))
                .andExpect(jsonPath("$.clarifications[0].mayAnswer").value(true));
        long cid = ((Number) JsonPath.read(
                        call(get(base), DemoUsers.FIONA, null)
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.clarifications[0].id"))
                .longValue();
        String answer = base + "/" + cid + "/answer";
        var reply = Map.<String, Object>of(
                "version", 0,
                "publicQuestion", "Do carers need to live in Falkirk?",
                "answer", "No: within an hour’s travel of the child’s school.");
        call(post(answer), DemoUsers.DAVID, reply).andExpect(status().isForbidden());
        call(post(answer), DemoUsers.FIONA, Map.of("publicQuestion", "x", "answer", "y"))
                .andExpect(status().is(428));
        call(post(answer), DemoUsers.FIONA, Map.of("version", 0, "publicQuestion", " ", "answer", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'publicQuestion')].message")
                        .value("Enter the question as every provider will read it"))
                .andExpect(jsonPath("$.errors[?(@.field == 'answer')].message").value("Enter the answer"));
        call(post(answer), DemoUsers.FIONA, reply)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.clarifications[0].publishedAt").exists());
        call(post(answer), DemoUsers.FIONA, Map.of("version", 1, "publicQuestion", "Again?", "answer", "Again."))
                .andExpect(status().isConflict());

        // Published: every interested provider reads the reworded question and the answer, and nobody's name.
        call(get(base), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.clarifications[0].publicQuestion").value("Do carers need to live in Falkirk?"))
                .andExpect(jsonPath("$.clarifications[0].organisation").doesNotExist())
                .andExpect(jsonPath("$.clarifications[0].question").doesNotExist())
                .andExpect(content().string(not(containsString("Theatre Nemo"))));
        mvc.perform(get("/partnerships/" + id + "/tenders/" + tid + "/bid").with(users.as(DemoUsers.DAVID)))
                .andExpect(content().string(containsString("within an hour’s travel")));
        call(get("/api/v1/partnerships/" + id + "/parity"), DemoUsers.FIONA, null)
                .andExpect(content().string(containsString("C-1 Do carers need to live in Falkirk?")));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> call(get("/api/v1/me/notifications"), DemoUsers.IAIN, null)
                        .andReturn()
                        .getResponse()
                        .getContentAsString()
                        .contains("clarification question C-1"));

        // After the clarification deadline (noon, three days before bids are due), no question is taken.
        var late = due.minusDays(3)
                .atTime(12, 1)
                .atZone(DeclarationService.SCOTLAND)
                .toInstant();
        PlatformClock.asOf(late, () -> {
            try {
                return call(post(base), DemoUsers.IAIN, Map.of("question", "One more?"))
                        .andExpect(status().isBadRequest())
                        .andExpect(jsonPath("$.errors[0].message")
                                .value("The deadline for clarification questions was noon on " + due.minusDays(3)));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void officersAnswerOnTheirPageAndProvidersAskOnTheirs() throws Exception {
        String page = "/partnerships/" + id + "/tenders/" + tid;
        mvc.perform(post(page + "/interest").with(users.as(DemoUsers.IAIN)).with(csrf()))
                .andExpect(redirectedUrlPattern(page + "/bid*"));
        mvc.perform(post(page + "/clarifications")
                        .with(users.as(DemoUsers.IAIN))
                        .with(csrf())
                        .param("question", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your question")))
                .andExpect(content().string(containsString("<title>Error:")));
        mvc.perform(post(page + "/clarifications")
                        .with(users.as(DemoUsers.IAIN))
                        .with(csrf())
                        .param("question", "May two carers share a placement?"))
                .andExpect(redirectedUrlPattern(page + "/bid*"));
        mvc.perform(get(page + "/clarifications").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isForbidden());
        var officers = mvc.perform(get(page + "/clarifications").with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("asked by Theatre Nemo")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var cid = officers.replaceAll("(?s).*/clarifications/(\\d+)/answer.*", "$1");
        mvc.perform(post(page + "/clarifications/" + cid + "/answer")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "0")
                        .param("publicQuestion", "May two carers share a placement?")
                        .param("answer", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#answer-" + cid + "\"")));
        mvc.perform(post(page + "/clarifications/" + cid + "/answer")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "0")
                        .param("publicQuestion", "May two carers share a placement?")
                        .param("answer", "Yes, when both are approved."))
                .andExpect(redirectedUrlPattern(page + "/clarifications*"));
        mvc.perform(get(page + "/bid").with(users.as(DemoUsers.IAIN)))
                .andExpect(content().string(containsString("Yes, when both are approved.")));
    }
}
