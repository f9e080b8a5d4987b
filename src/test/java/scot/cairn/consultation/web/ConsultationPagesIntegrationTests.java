package scot.cairn.consultation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** The consultation pages without JavaScript, as Fiona (manager), David (member) and Morven (outsider). */
@CairnTest
class ConsultationPagesIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    long id;
    String base;
    LocalDate today;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        base = "/partnerships/" + id + "/consultations";
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    ResultActions post(String url, String who, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(url).with(users.as(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String page(String url, String who) throws Exception {
        return html(
                mvc.perform(MockMvcRequestBuilders.get(url).with(users.as(who))).andExpect(status().isOk()));
    }

    @Test
    void aManagerPreparesOpensAndEntersAResponseThroughThePages() throws Exception {
        assertThat(page(base, DemoUsers.FIONA)).contains("Start a consultation", "No consultations yet.");
        assertThat(html(post(
                                base,
                                DemoUsers.FIONA,
                                "title",
                                " ",
                                "opens",
                                today.toString(),
                                "closes",
                                today.minusDays(1).toString())
                        .andExpect(status().isOk())))
                .contains(
                        "Enter what the consultation is called",
                        "The closing date must be on or after the opening date",
                        "href=\"#title\"");
        var made = post(
                        base,
                        DemoUsers.FIONA,
                        "title",
                        "Carers between placements",
                        "closes",
                        today.plusDays(10).toString(),
                        "methods",
                        "ONLINE",
                        "methods",
                        "WORKSHOP",
                        "support",
                        "Travel paid")
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String c = made;
        var draft = page(c, DemoUsers.FIONA);
        assertThat(draft).contains("Carers between placements", "Online questions, Workshop", "Add a question");

        assertThat(html(post(c + "/open", DemoUsers.FIONA, "version", "0").andExpect(status().isOk())))
                .contains("Add at least one question before opening the consultation");
        assertThat(html(post(
                                c + "/questions",
                                DemoUsers.FIONA,
                                "version",
                                "0",
                                "kind",
                                "SINGLE_CHOICE",
                                "text",
                                "How often?",
                                "options",
                                "Never")
                        .andExpect(status().isOk())))
                .contains("Enter at least two options, one per line", "href=\"#options\"");
        post(
                        c + "/questions",
                        DemoUsers.FIONA,
                        "version",
                        "0",
                        "kind",
                        "SINGLE_CHOICE",
                        "text",
                        "How often?",
                        "options",
                        "Never\nOften",
                        "required",
                        "true")
                .andExpect(status().is3xxRedirection());
        post(c + "/questions", DemoUsers.FIONA, "version", "1", "kind", "FREE_TEXT", "text", "What would help?")
                .andExpect(status().is3xxRedirection());
        assertThat(html(post(c + "/questions/2/remove", DemoUsers.FIONA, "version", "1")
                        .andExpect(status().isOk())))
                .contains("Someone else changed this since you opened it");
        post(c + "/open", DemoUsers.FIONA, "version", "2").andExpect(status().is3xxRedirection());
        var open = page(c, DemoUsers.FIONA);
        assertThat(open)
                .contains(
                        "Anyone with this link can answer",
                        "http://localhost/public/consultations/",
                        "Enter a response",
                        "Close the consultation")
                .doesNotContain("Add a question");

        var entry = page(c + "/responses/new", DemoUsers.FIONA);
        assertThat(entry).contains("Where it came from", "How often?", "Recorded for a member of the partnership");
        assertThat(html(post(c + "/responses", DemoUsers.FIONA, "q2", "Respite").andExpect(status().isOk())))
                .contains("Choose where the response came from", "Answer question 1", "href=\"#q1\"");
        post(c + "/responses", DemoUsers.FIONA, "channel", "PAPER", "q1", "2", "respondent", "Jo")
                .andExpect(status().is3xxRedirection());
        assertThat(page(c + "/results", DemoUsers.DAVID))
                .contains("1 response.", "Paper: 1", "Recorded by Fiona Reid", "Jo", "<svg class=\"cairn-bar\"");
    }

    @Test
    void membersReadAndOutsidersGetNothing() throws Exception {
        assertThat(page(base, DemoUsers.DAVID)).doesNotContain("Start a consultation");
        mvc.perform(MockMvcRequestBuilders.get(base + "/new").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isForbidden());
        post(base, DemoUsers.DAVID, "title", "Mine", "closes", today.plusDays(3).toString())
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.get(base).with(users.as(DemoUsers.MORVEN)))
                .andExpect(status().isNotFound());
    }
}
