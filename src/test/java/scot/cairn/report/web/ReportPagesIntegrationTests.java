package scot.cairn.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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
import org.springframework.web.util.HtmlUtils;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** The report pages as Fiona (manager, board), David (member, board) and Morven (outsider). */
@CairnTest
class ReportPagesIntegrationTests {

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
        governance.board(id);
        base = "/partnerships/" + id + "/reports";
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

    @Test
    void theProjectManagerWritesAndSubmitsAReportAndTheBoardNotesIt() throws Exception {
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        assertThat(page(base, DemoUsers.FIONA)).contains("No highlight reports yet.", "Start the report");
        assertThat(page(base, DemoUsers.DAVID)).doesNotContain("Start the report");
        var refused = html(post(
                        base,
                        DemoUsers.FIONA,
                        "from",
                        today.toString(),
                        "to",
                        today.plusDays(3).toString())
                .andExpect(status().isOk()));
        assertThat(refused).contains("<a href=\"#to\">The period cannot end after today</a>");

        String report = post(base, DemoUsers.FIONA, "from", today.minusDays(30).toString(), "to", today.toString())
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(base + "/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var draft = page(report, DemoUsers.FIONA);
        assertThat(draft)
                .contains(
                        "Highlight report HR-1",
                        "Stage and gate",
                        "Plan, milestones and slippage",
                        "Commentary on Risks and issues")
                .contains("Save and submit to the board");
        var noRag = html(post(report + "/submit", DemoUsers.FIONA, "version", "0", "plan", "Typed, then submitted.")
                .andExpect(status().isOk()));
        assertThat(noRag)
                .contains("<a href=\"#rag\">Choose the overall status before you submit the report</a>")
                .as("what was typed is shown again")
                .contains("Typed, then submitted.");

        post(report + "/write", DemoUsers.FIONA, "version", "0", "plan", "Slow start.", "rag", "AMBER")
                .andExpect(status().is3xxRedirection());
        post(
                        report + "/submit",
                        DemoUsers.FIONA,
                        "version",
                        "1",
                        "plan",
                        "On track after a slow start.",
                        "rag",
                        "GREEN")
                .andExpect(status().is3xxRedirection());
        var submitted = page(report, DemoUsers.DAVID);
        assertThat(submitted)
                .contains("Submitted to the board", "On track after a slow start.", "Green: on track")
                .contains("I have read this report")
                .doesNotContain("Commentary on Risks and issues");
        var stale = html(post(report + "/write", DemoUsers.FIONA, "version", "2", "rag", "RED")
                .andExpect(status().isOk()));
        assertThat(stale).contains("The report has been submitted to the board, so it cannot change");

        post(report + "/note", DemoUsers.DAVID, "version", "3", "comment", "Thank you.")
                .andExpect(status().is3xxRedirection());
        assertThat(page(report, DemoUsers.DAVID)).contains("Thank you.").doesNotContain("I have read this report");

        mvc.perform(MockMvcRequestBuilders.get(report + "/report.pdf").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(MockMvcRequestBuilders.get(report).with(users.as(DemoUsers.MORVEN)))
                .andExpect(status().isNotFound());
    }
}
