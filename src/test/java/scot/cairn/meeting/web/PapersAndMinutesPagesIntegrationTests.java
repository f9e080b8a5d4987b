package scot.cairn.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.identity.CurrentUser;
import scot.cairn.meeting.ItemDetails;
import scot.cairn.meeting.MeetingService;
import scot.cairn.meeting.MeetingView;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Papers, the pack and the minutes in the web pages and the API, as Fiona (organiser), David and Morven (outsider). */
@CairnTest
class PapersAndMinutesPagesIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    scot.cairn.meeting.MeetingFixture fixture;

    @Autowired
    MeetingService meetings;

    @Autowired
    MembershipService membership;

    @Autowired
    GroupService groups;

    long id;
    long board;
    String base;
    CurrentUser fiona;
    LocalDate today;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        board = governance.board(id);
        base = "/partnerships/" + id + "/meetings";
        fiona = users.current(DemoUsers.FIONA);
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    MeetingView meeting(LocalDate date) {
        var m = fixture.board(id, board, date);
        return meetings.addItem(id, m.id(), m.version(), new ItemDetails("Pilot budget", "Fiona", 20), fiona);
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

    ResultActions json(String method, String url, String who, String body) throws Exception {
        var request = MockMvcRequestBuilders.request(org.springframework.http.HttpMethod.valueOf(method), url)
                .header(HttpHeaders.AUTHORIZATION, users.bearer(who))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    static byte[] pdf() throws Exception {
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new java.io.ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void anOrganiserAddsAPaperIssuesThePackAndOthersReadIt() throws Exception {
        var m = meeting(today.plusDays(20));
        String url = base + "/" + m.id();
        int item = m.agenda().get(1).itemKey();
        assertThat(page(url + "/papers", DemoUsers.FIONA)).contains("Add a paper", "2. Pilot budget");
        mvc.perform(MockMvcRequestBuilders.get(url + "/papers").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isForbidden());

        var refused = html(mvc.perform(MockMvcRequestBuilders.multipart(url + "/papers")
                        .file(new MockMultipartFile("file", "Budget.pdf", "application/pdf", "not a pdf".getBytes()))
                        .param("version", Integer.toString(m.version()))
                        .param("item", Integer.toString(item))
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf()))
                .andExpect(status().isOk()));
        assertThat(refused).contains("There is a problem", "Budget.pdf is not a PDF, as its name says.");

        mvc.perform(MockMvcRequestBuilders.multipart(url + "/papers")
                        .file(new MockMultipartFile("file", "Budget.pdf", "application/pdf", pdf()))
                        .param("version", Integer.toString(m.version()))
                        .param("item", Integer.toString(item))
                        .param("title", "Budget for the pilot")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var read = page(url, DemoUsers.DAVID);
        assertThat(read).contains("Budget for the pilot", "(PDF, 1 KB)", "Pack not issued yet", "Papers due by");
        assertThat(read).doesNotContain("Issue the pack");
        var v = meetings.meeting(id, m.id(), fiona);
        post(url + "/pack/issue", DemoUsers.FIONA, "version", Integer.toString(v.version()))
                .andExpect(redirectedUrlPattern(url + "*"));
        assertThat(page(url, DemoUsers.FIONA)).contains("Pack issued on", "Issue the pack again");
        mvc.perform(MockMvcRequestBuilders.get(url + "/pack.pdf").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(MockMvcRequestBuilders.get(url + "/pack.pdf").with(users.as(DemoUsers.MORVEN)))
                .andExpect(status().isNotFound());

        // The API: a paper that is not what its name says is a Problem Details on the file.
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1" + url + "/papers")
                        .file(new MockMultipartFile("file", "Costs.xlsx", "application/octet-stream", pdf()))
                        .param("version", Integer.toString(v.version() + 1))
                        .param("item", Integer.toString(item))
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1" + url + "/papers")
                        .file(new MockMultipartFile("file", "Annex.pdf", "application/pdf", pdf()))
                        .param("version", Integer.toString(v.version() + 1))
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("item"))
                .andExpect(jsonPath("$.errors[0].message").value("Send item: it is required"));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1" + url + "/papers")
                        .param("version", Integer.toString(v.version() + 1))
                        .param("item", Integer.toString(item))
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        var added = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1" + url + "/papers")
                        .file(new MockMultipartFile("file", "Annex.pdf", "application/pdf", pdf()))
                        .param("version", Integer.toString(v.version() + 1))
                        .param("item", Integer.toString(item))
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agenda[1].papers.length()").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int paper = JsonPath.read(added, "$.agenda[1].papers[1].id");
        mvc.perform(MockMvcRequestBuilders.get("/api/v1" + url + "/papers/" + paper)
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"Annex.pdf\""));
        json("POST", "/api/v1" + url + "/pack/issue", DemoUsers.FIONA, "{\"version\": 0}")
                .andExpect(status().isConflict());
        json("GET", "/api/v1" + base + "/groups/" + board + "/deadline", DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.paperDays").value(5));
        json(
                        "PUT",
                        "/api/v1" + base + "/groups/" + board + "/deadline",
                        DemoUsers.FIONA,
                        "{\"version\":0,\"paperDays\":40}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("paperDays"));
        json(
                        "PUT",
                        "/api/v1" + base + "/groups/" + board + "/deadline",
                        DemoUsers.FIONA,
                        "{\"version\":0,\"paperDays\":7}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        assertThat(page(base, DemoUsers.FIONA)).contains("7 working days before each meeting");
        var deadlinePage =
                html(post(base + "/groups/" + board + "/deadline", DemoUsers.FIONA, "version", "1", "paperDays", "many")
                        .andExpect(status().isOk()));
        assertThat(deadlinePage).contains("Enter a whole number of working days from 0 to 30");
    }

    @Test
    void anOrganiserMinutesADecisionAndAnActionCirculatesAndRecordsTheApproval() throws Exception {
        membership.setMember(id, DemoUsers.SAM, MemberRole.MEMBER, fiona);
        groups.addMember(id, board, MemberDetails.of(DemoUsers.SAM, true), fiona);
        var m = meeting(today.minusDays(21));
        String url = base + "/" + m.id();
        int item = m.agenda().get(1).itemKey();
        var present = m.invitees().stream()
                .filter(x -> !x.serviceUser())
                .map(MeetingView.InviteeView::position)
                .toList();
        var v = meetings.attendance(id, m.id(), m.version(), Set.copyOf(present), fiona);

        assertThat(page(url + "/minutes", DemoUsers.DAVID)).contains("Minutes", "Draft, not yet circulated.");
        mvc.perform(MockMvcRequestBuilders.get(url + "/minutes/" + item).with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isForbidden());
        var refused = html(post(
                        url + "/minutes/" + item + "/decisions",
                        DemoUsers.FIONA,
                        "version",
                        Integer.toString(v.version()),
                        "title",
                        "",
                        "decision",
                        "",
                        "joint",
                        "true")
                .andExpect(status().isOk()));
        assertThat(refused).contains("There is a problem");
        post(
                        url + "/minutes/" + item + "/discussion",
                        DemoUsers.FIONA,
                        "version",
                        Integer.toString(v.version()),
                        "discussion",
                        "The board went through the budget.")
                .andExpect(redirectedUrlPattern(url + "/minutes/" + item + "*"));
        post(
                        url + "/minutes/" + item + "/decisions",
                        DemoUsers.FIONA,
                        "version",
                        Integer.toString(v.version() + 1),
                        "title",
                        "Approve the pilot budget",
                        "decision",
                        "Approved as presented.",
                        "joint",
                        "true")
                .andExpect(redirectedUrlPattern(url + "/minutes/" + item + "*"));
        post(
                        url + "/minutes/" + item + "/actions",
                        DemoUsers.FIONA,
                        "text",
                        "Send the budget to the forum",
                        "ownerId",
                        Long.toString(users.current(DemoUsers.DAVID).personId()),
                        "due",
                        today.plusDays(7).toString())
                .andExpect(redirectedUrlPattern(url + "/minutes/" + item + "*"));
        var minutes = page(url + "/minutes", DemoUsers.DAVID);
        assertThat(minutes)
                .contains(
                        "The board went through the budget.",
                        "Approve the pilot budget",
                        "A-1 Send the budget to the forum: David Kerr",
                        "The meeting was quorate.");
        var now = meetings.meeting(id, m.id(), fiona);
        post(url + "/minutes/circulate", DemoUsers.FIONA, "version", Integer.toString(now.version()))
                .andExpect(redirectedUrlPattern(url + "/minutes" + "*"));
        var later = meeting(today.minusDays(1));
        var circulated = meetings.meeting(id, m.id(), fiona);
        var noChoice =
                html(post(url + "/minutes/approve", DemoUsers.FIONA, "version", Integer.toString(circulated.version()))
                        .andExpect(status().isOk()));
        assertThat(noChoice).contains("Choose a later meeting of the same group that has taken place");
        post(
                        url + "/minutes/approve",
                        DemoUsers.FIONA,
                        "version",
                        Integer.toString(circulated.version()),
                        "approvedIn",
                        Long.toString(later.id()))
                .andExpect(redirectedUrlPattern(url + "/minutes" + "*"));
        assertThat(page(url + "/minutes", DemoUsers.DAVID)).contains("Approved at M-2 Board on", "locked");
        json(
                        "PUT",
                        "/api/v1" + url + "/minutes/items/" + item,
                        DemoUsers.FIONA,
                        "{\"version\": %d, \"discussion\": \"Changed\"}".formatted(circulated.version() + 1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("The minutes are approved and locked: nothing about this meeting can change"));
        json("PUT", "/api/v1" + url + "/minutes/items/" + item, DemoUsers.MORVEN, "{\"version\": 1}")
                .andExpect(status().isNotFound());
    }

    @Test
    void anAgendaItemAboutARiskIsAddedOnThePageAndThroughTheApi() throws Exception {
        var m = meeting(today.plusDays(9));
        String url = base + "/" + m.id();
        String risk = JsonPath.read(
                        json("POST", "/api/v1/partnerships/" + id + "/risks", DemoUsers.FIONA, """
                                        {"kind": "RISK", "title": "Too few carers", "category": "DELIVERY",
                                         "ownerId": %d, "likelihood": 3, "impact": 4, "proximity": "IMMINENT",
                                         "response": "TRANSFER", "nextReview": "%s"}
                                        """.formatted(
                                                fiona.personId(), today.plusDays(7)))
                                .andExpect(status().isCreated())
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.id")
                .toString();
        assertThat(page(url, DemoUsers.FIONA)).contains("About (optional)", "Too few carers");
        var refused = html(post(
                        url + "/agenda",
                        DemoUsers.FIONA,
                        "version",
                        Integer.toString(m.version()),
                        "title",
                        "Recruitment risk",
                        "link",
                        "RISK:999999")
                .andExpect(status().isOk()));
        assertThat(refused).contains("Choose something from this partnership’s list");
        post(
                        url + "/agenda",
                        DemoUsers.FIONA,
                        "version",
                        Integer.toString(m.version()),
                        "title",
                        "Recruitment risk",
                        "link",
                        "RISK:" + risk)
                .andExpect(redirectedUrlPattern(url + "*"));
        assertThat(page(url, DemoUsers.DAVID)).contains("About:", "R-1 Too few carers");
        json("GET", "/api/v1" + base + "/links", DemoUsers.FIONA, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].records[*].kind", org.hamcrest.Matchers.hasItem("RISK")))
                .andExpect(jsonPath("$[*].records[*].id", org.hamcrest.Matchers.hasItem(Integer.parseInt(risk))));
        json("GET", "/api/v1" + base + "/links", DemoUsers.DAVID, null).andExpect(status().isForbidden());
    }

    @Test
    void thePersonalCalendarFeedIsMadeShownOnceReadWithoutSigningInAndStopped() throws Exception {
        meeting(today.plusDays(3));
        post("/calendar", DemoUsers.DAVID).andExpect(redirectedUrlPattern("/calendar" + "*"));
        var made = json("POST", "/api/v1/calendar-feed", DemoUsers.DAVID, null)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String path = JsonPath.read(made, "$.path");
        var feed = mvc.perform(MockMvcRequestBuilders.get(path))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed).contains("BEGIN:VCALENDAR", "SUMMARY:M-1 Board");
        assertThat(page("/calendar", DemoUsers.DAVID)).contains("You made your feed address on");
        json("DELETE", "/api/v1/calendar-feed", DemoUsers.DAVID, null).andExpect(status().isNoContent());
        mvc.perform(MockMvcRequestBuilders.get(path)).andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get("/calendar/feeds/guess.ics")).andExpect(status().isNotFound());
    }
}
