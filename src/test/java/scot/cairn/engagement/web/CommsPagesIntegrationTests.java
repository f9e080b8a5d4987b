package scot.cairn.engagement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** The communications plan's pages and API, as Fiona (manager), David (member) and Morven (outsider). */
@CairnTest
class CommsPagesIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    long id;
    String base;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        base = "/partnerships/" + id + "/communications";
    }

    ResultActions post(String url, String who, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(url).with(users.as(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    String page(String url, String who) throws Exception {
        return html(
                mvc.perform(MockMvcRequestBuilders.get(url).with(users.as(who))).andExpect(status().isOk()));
    }

    static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    ResultActions json(HttpMethod method, String url, String who, String body) throws Exception {
        var request = MockMvcRequestBuilders.request(method, url)
                .header(HttpHeaders.AUTHORIZATION, users.bearer(who))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    @Test
    void aManagerWritesThePlanAndPlansAnActivityOnThePages() throws Exception {
        assertThat(page(base, DemoUsers.FIONA))
                .contains("Communications plan", "No plan is written yet.", "Write the plan");
        assertThat(page(base, DemoUsers.DAVID)).doesNotContain("Write the plan");
        mvc.perform(MockMvcRequestBuilders.get(base + "/edit").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get(base).with(users.as(DemoUsers.MORVEN)))
                .andExpect(status().isNotFound());
        var refused = html(post(base, DemoUsers.FIONA, "version", "0", "messages", "y".repeat(600))
                .andExpect(status().isOk()));
        assertThat(refused).contains("There is a problem", "Each line may have at most 500 characters");
        post(
                        base,
                        DemoUsers.FIONA,
                        "version",
                        "0",
                        "purpose",
                        "Tell everyone the same thing.",
                        "audiencesInside",
                        "Board",
                        "audiencesOutside",
                        "Providers who may bid",
                        "messages",
                        "Carers shape the service",
                        "channels",
                        "Newsletter")
                .andExpect(redirectedUrlPattern(base + "*"));
        assertThat(page(base, DemoUsers.DAVID)).contains("Providers who may bid", "Carers shape the service");

        assertThat(page(base + "/activities/new", DemoUsers.FIONA)).contains("Plan an activity", "Newsletter");
        var missing =
                html(post(base + "/activities", DemoUsers.FIONA, "title", "").andExpect(status().isOk()));
        assertThat(missing).contains("Enter what the activity is", "Choose who owns the activity");
        var due = LocalDate.now(ZoneId.of("Europe/London")).plusDays(5).toString();
        post(
                        base + "/activities",
                        DemoUsers.FIONA,
                        "title",
                        "First bulletin",
                        "audience",
                        "Providers who may bid",
                        "channel",
                        "Newsletter",
                        "ownerId",
                        Long.toString(users.current(DemoUsers.DAVID).personId()),
                        "due",
                        due)
                .andExpect(redirectedUrlPattern(base + "*"));
        assertThat(page(base, DemoUsers.DAVID)).contains("C-1 First bulletin", "Providers who may bid, Newsletter");
        mvc.perform(MockMvcRequestBuilders.get(base + "/plan.pdf").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
    }

    @Test
    void aScriptWritesThePlanAndTheOwnerMovesAnActivityOn() throws Exception {
        String api = "/api/v1" + base;
        json(HttpMethod.PUT, api, DemoUsers.FIONA, "{\"plan\": {\"channels\": \"Newsletter\"}}")
                .andExpect(status().isPreconditionRequired());
        json(HttpMethod.PUT, api, DemoUsers.FIONA, "{\"version\": 0, \"plan\": {\"channels\": \"Newsletter\\nRadio\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channels.length()").value(2));
        json(HttpMethod.PUT, api, DemoUsers.DAVID, "{\"version\": 1, \"plan\": {}}")
                .andExpect(status().isForbidden());
        json(HttpMethod.POST, api + "/reviews", DemoUsers.DAVID, "{\"version\": 1}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        var created = json(
                        HttpMethod.POST,
                        api + "/activities",
                        DemoUsers.FIONA,
                        "{\"title\": \"Radio interview\", \"ownerId\": %d, \"due\": \"%s\"}"
                                .formatted(
                                        users.current(DemoUsers.DAVID).personId(),
                                        LocalDate.now(ZoneId.of("Europe/London"))
                                                .plusDays(2)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int activity = JsonPath.read(created, "$.id");
        json(
                        HttpMethod.PUT,
                        api + "/activities/" + activity,
                        DemoUsers.DAVID,
                        "{\"version\": 0, \"activity\": {\"status\": \"IN_PROGRESS\"}}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        json(HttpMethod.POST, api + "/activities", DemoUsers.FIONA, "{\"title\": \"\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("title", "ownerId", "due")));
        json(HttpMethod.GET, api, DemoUsers.MORVEN, null).andExpect(status().isNotFound());
    }
}
