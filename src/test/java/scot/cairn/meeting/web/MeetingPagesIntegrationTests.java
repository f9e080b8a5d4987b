package scot.cairn.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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

/** The meeting pages as Fiona (manager), David (board member) and Morven (outsider). */
@CairnTest
class MeetingPagesIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    long id;
    long board;
    String base;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        board = governance.board(id);
        base = "/partnerships/" + id + "/meetings";
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
    void anOrganiserSchedulesABoardBuildsTheAgendaAndAMemberSendsApologies() throws Exception {
        var date = LocalDate.now(ZoneId.of("Europe/London")).plusDays(10).toString();
        assertThat(page(base, DemoUsers.FIONA)).contains("Schedule a meeting", "Coming up");
        mvc.perform(MockMvcRequestBuilders.get(base + "/new").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isForbidden());
        var refused = html(post(
                        base,
                        DemoUsers.FIONA,
                        "groupId",
                        Long.toString(board),
                        "title",
                        "",
                        "date",
                        date,
                        "starts",
                        "12:00",
                        "ends",
                        "11:00",
                        "repeat",
                        "ONCE")
                .andExpect(status().isOk()));
        assertThat(refused)
                .contains("<a href=\"#title\">Enter what the meeting is</a>")
                .contains("<a href=\"#ends\">The meeting must end after it starts</a>")
                .contains("<a href=\"#place\">Enter a place, an online link or both</a>");

        var badTime = html(post(
                        base,
                        DemoUsers.FIONA,
                        "groupId",
                        Long.toString(board),
                        "title",
                        "Board",
                        "date",
                        date,
                        "starts",
                        "ten",
                        "ends",
                        "noon",
                        "place",
                        "Falkirk",
                        "repeat",
                        "ONCE")
                .andExpect(status().isOk()));
        assertThat(badTime)
                .contains("<a href=\"#starts\">Enter a time like 10:00 or 14:30</a>")
                .contains("<a href=\"#ends\">Enter a time like 10:00 or 14:30</a>");

        String meeting = post(
                        base,
                        DemoUsers.FIONA,
                        "groupId",
                        Long.toString(board),
                        "title",
                        "Board",
                        "date",
                        date,
                        "starts",
                        "10am",
                        "ends",
                        "12:00",
                        "place",
                        "Municipal Buildings, Falkirk",
                        "stepFree",
                        "true",
                        "repeat",
                        "ONCE")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(base + "/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var shown = page(meeting, DemoUsers.FIONA);
        assertThat(shown)
                .contains(
                        "M-1, Governance Group / Project Board",
                        "Municipal Buildings, Falkirk",
                        "Step-free access",
                        "No hearing loop")
                .contains("Actions from the last meeting", "Fiona Reid", "David Kerr")
                .contains("The service-user seat must be invited");

        post(
                        meeting + "/agenda",
                        DemoUsers.FIONA,
                        "version",
                        "0",
                        "title",
                        "Plan baseline",
                        "presenter",
                        "Fiona Reid",
                        "minutes",
                        "20")
                .andExpect(status().is3xxRedirection());
        post(
                        meeting + "/guests",
                        DemoUsers.FIONA,
                        "version",
                        "1",
                        "name",
                        "Alex Dunn",
                        "capacity",
                        "Union representative")
                .andExpect(status().is3xxRedirection());
        var withGuest = page(meeting, DemoUsers.DAVID);
        assertThat(withGuest).contains("Plan baseline", "Fiona Reid, 20 minutes", "Guest: Union representative");
        assertThat(withGuest).doesNotContain("Cancel the meeting", "Invite the guest");

        int davidAt = withGuest.indexOf("David Kerr") < withGuest.indexOf("Fiona Reid") ? 0 : 1;
        post(meeting + "/apologies", DemoUsers.DAVID, "version", "2", "position", Integer.toString(davidAt))
                .andExpect(status().is3xxRedirection());
        assertThat(page(meeting, DemoUsers.FIONA)).contains("Sent apologies");
        mvc.perform(MockMvcRequestBuilders.get(meeting).with(users.as(DemoUsers.MORVEN)))
                .andExpect(status().isNotFound());
    }
}
