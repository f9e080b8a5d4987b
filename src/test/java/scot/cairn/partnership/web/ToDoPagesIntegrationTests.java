package scot.cairn.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.sroi.SroiFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * The home page, the to-do list and next steps on a partnership's overview, and {@code GET /api/v1/me/to-do}, with a
 * joint decision dated long ago so that it is overdue and first on the list.
 */
@CairnTest
class ToDoPagesIntegrationTests {

    static final LocalDate LONG_AGO = LocalDate.of(1990, 1, 2);

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    SroiFixture fixture;

    @Autowired
    DecisionService decisions;

    long id;
    String title;
    String href;

    @BeforeEach
    void setUp() {
        id = fixture.partnership();
        title = Unique.name("Overdue decision");
        long decision = decisions
                .propose(
                        id,
                        null,
                        new DecisionDetails(title, "Context.", null, "Go ahead.", LONG_AGO, true, null, null, null),
                        fixture.fiona())
                .id();
        href = "/partnerships/" + id + "/governance/decisions/" + decision;
    }

    String page(String url, String email) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(url).with(users.as(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theHomePageListsWhatNeedsYouWithItsDueDateInWords() throws Exception {
        var html = page("/", DemoUsers.DAVID);

        assertThat(html)
                .contains("What needs you", "Waiting on others", "href=\"/partnerships\"", "My partnerships")
                .contains("Approve decision D-1: " + title, "href=\"" + href + "\"")
                .contains("Overdue", "Due 2 January 1990.");
        assertThat(html.indexOf(title)).isLessThan(html.indexOf("Waiting on others"));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void theOverviewShowsItsOwnListAndTheNextSteps() throws Exception {
        var html = page("/partnerships/" + id, DemoUsers.DAVID);

        assertThat(html)
                .contains("What needs you here", "Approve decision D-1: " + title)
                .contains("Next steps to Design", "href=\"/partnerships/" + id + "/assessment\"")
                .contains("href=\"/partnerships/" + id + "/governance/documents/mou\"");
        assertThat(page("/partnerships/" + id, DemoUsers.SAM))
                .as("an observer approves nothing")
                .contains("Nothing here needs you now.", "Next steps to Design")
                .doesNotContain("Approve decision D-1");
    }

    @Test
    void theApiGivesTheSameListInTheReadersLanguage() throws Exception {
        String item = "$.waitingOnYou[?(@.href == '" + href + "')]";
        mvc.perform(get("/api/v1/me/to-do").header("Authorization", users.bearer(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(jsonPath(item + ".kind").value("APPROVE_DECISION"))
                .andExpect(jsonPath(item + ".partnershipId").value((int) id))
                .andExpect(jsonPath(item + ".text").value("Approve decision D-1: " + title))
                .andExpect(jsonPath(item + ".due").value("1990-01-02"))
                .andExpect(jsonPath(item + ".overdue").value(true))
                .andExpect(jsonPath("$.waitingOnOthers").isArray());
        mvc.perform(get("/api/v1/me/to-do")
                        .header("Authorization", users.bearer(DemoUsers.DAVID))
                        .header("Accept-Language", "cy"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(item + ".text").value("Cymeradwyo penderfyniad D-1: " + title));
        mvc.perform(get("/api/v1/me/to-do").header("Authorization", users.bearer(DemoUsers.SAM)))
                .andExpect(status().isOk())
                .andExpect(jsonPath(item).isEmpty());
        mvc.perform(get("/api/v1/me/to-do")).andExpect(status().isUnauthorized());
    }
}
