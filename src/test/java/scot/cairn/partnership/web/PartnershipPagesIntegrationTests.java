package scot.cairn.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.Message;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.SessionCookie;
import scot.cairn.support.Unique;

@CairnTest
class PartnershipPagesIntegrationTests extends PartnershipPageSupport {

    @org.springframework.beans.factory.annotation.Autowired
    scot.cairn.governance.GovernanceFixture governance;

    @org.springframework.beans.factory.annotation.Autowired
    scot.cairn.partnership.MembershipService membership;

    @org.springframework.beans.factory.annotation.Autowired
    scot.cairn.governance.GroupService groups;

    @Autowired
    Clock clock;

    @Test
    void commissionerStartsAPartnershipAndLandsOnItsOverview() throws Exception {
        assertThat(page("/partnerships/new", DemoUsers.FIONA))
                .contains("Start a partnership", "Falkirk CVS", "Children and families");
        String title = Unique.name("Grangemouth respite");
        var started = post(
                        "/partnerships",
                        DemoUsers.FIONA,
                        "title",
                        title,
                        "market",
                        "SOCIAL_CARE",
                        "region",
                        "Falkirk",
                        "aims",
                        "Short breaks for carers.",
                        "leadPartnerId",
                        String.valueOf(org("Falkirk CVS")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/partnerships/*"))
                .andExpect(flash().attribute("done", Message.of("partnership.start.done")))
                .andReturn();

        // The message waits in the session, which the browser names with its cookie.
        var overview = html(
                mvc.perform(MockMvcRequestBuilders.get(started.getResponse().getRedirectedUrl())
                                .with(users.as(DemoUsers.FIONA))
                                .cookie(SessionCookie.of(started)))
                        .andExpect(status().isOk()));
        assertThat(overview)
                .contains(title, "Social care", "Short breaks for carers.", "Falkirk CVS", "Lead partner", "Manager")
                .contains("govuk-notification-banner--success", "Partnership started. You are its manager.");
        var mine = partnerships.mine(users.current(DemoUsers.FIONA)).stream()
                .filter(p -> p.title().equals(title))
                .toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).stage()).isEqualTo(Stage.EXPLORE);
    }

    @Test
    void thirdSectorPeopleCannotStartAPartnership() throws Exception {
        String title = Unique.name("Not allowed");
        get("/partnerships/new", DemoUsers.DAVID).andExpect(status().isForbidden());
        post("/partnerships", DemoUsers.DAVID, "title", title, "market", "HEALTH", "region", "Falkirk", "aims", "Aims")
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Only commissioners")));
        assertThat(partnerships.all(users.current(DemoUsers.ADMIN)))
                .noneMatch(p -> p.title().equals(title));
    }

    @Test
    void missingDetailsAreListedInTheErrorSummaryAndNothingIsSaved() throws Exception {
        String region = Unique.name("Region");
        var html = html(post("/partnerships", DemoUsers.FIONA, "title", " ", "market", "", "region", region, "aims", "")
                .andExpect(status().isOk()));

        assertThat(html)
                .contains("There is a problem")
                .contains("<a href=\"#title\">Enter a title</a>")
                .contains("<a href=\"#market\">Choose the market or service area</a>")
                .contains("<a href=\"#aims\">Describe the partnership’s aims</a>")
                .contains("value=\"" + region + "\"");
        assertThat(partnerships.all(users.current(DemoUsers.ADMIN))).noneMatch(p -> region.equals(p.region()));
    }

    @Test
    void aMemberSeesTheTimelineWithTodayAndThePartners() throws Exception {
        var today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("d MMMM yyyy"));
        var html = page("/partnerships/" + fosterCare(), DemoUsers.DAVID);

        assertThat(html)
                .contains("<h1 class=\"govuk-heading-l\">" + FOSTER_CARE + "</h1>")
                .contains("aria-current=\"page\">Overview</a>")
                .contains("aria-current=\"step\"")
                .contains("Current stage")
                .contains("Today is " + today)
                .contains("Falkirk CVS", "Falkirk Council", "Quarriers", "Core partner", "Consulted", "Informed")
                .contains("David Kerr", "Sam Taylor", "Member")
                .doesNotContain("Change details")
                .doesNotContain("Plan stage dates");
    }

    @Test
    void managersGetChangeLinksOnTheOverview() throws Exception {
        var html = page("/partnerships/" + fosterCare(), DemoUsers.FIONA);

        assertThat(html).contains("Change details", "Plan stage dates");
    }

    @Test
    void outsidersGetPageNotFoundOnEveryPartnershipPage() throws Exception {
        long id = fosterCare();
        long david = person(DemoUsers.DAVID);
        long cvs = org("Falkirk CVS");
        for (var page : List.of(
                "", "/edit", "/stages", "/partners", "/members", "/assessment", "/gate", "/close", "/history")) {
            get("/partnerships/" + id + page, DemoUsers.IAIN)
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Page not found")));
        }
        for (var action : List.of(
                "/edit",
                "/stages",
                "/partners",
                "/partners/" + cvs,
                "/partners/" + cvs + "/remove",
                "/members",
                "/members/" + david,
                "/members/" + david + "/remove",
                "/assessment",
                "/gate/approve",
                "/gate/advance",
                "/close")) {
            post(
                            "/partnerships/" + id + action,
                            DemoUsers.IAIN,
                            "title",
                            "Taken over",
                            "market",
                            "HEALTH",
                            "region",
                            "Glasgow",
                            "aims",
                            "None",
                            "organisationId",
                            String.valueOf(cvs),
                            "standing",
                            "INFORMED",
                            "email",
                            DemoUsers.IAIN,
                            "role",
                            "MANAGER",
                            "route",
                            "STOPPED",
                            "reason",
                            "Because")
                    .andExpect(status().isNotFound());
        }
        assertThat(view(id).title()).isEqualTo(FOSTER_CARE);
        assertThat(view(id).members()).noneMatch(m -> DemoUsers.IAIN.equals(m.email()));
    }

    @Test
    void observersReadButCannotChangeAnything() throws Exception {
        long id = governance.newPartnership();
        var fiona = users.current(DemoUsers.FIONA);
        membership.setMember(id, DemoUsers.SAM, scot.cairn.partnership.MemberRole.OBSERVER, fiona);
        long board = governance.board(id);
        groups.addMember(id, board, scot.cairn.governance.MemberDetails.of(DemoUsers.SAM, true), fiona);
        long david = person(DemoUsers.DAVID);
        long cvs = org("Falkirk CVS");
        assertThat(page("/partnerships/" + id, DemoUsers.SAM))
                .contains("Governance test")
                .doesNotContain("Change details");
        assertThat(page("/partnerships/" + id + "/gate", DemoUsers.SAM))
                .as("an observer with a board seat sees no Approve button")
                .doesNotContain("Approve moving to Design");
        assertThat(page("/partnerships/" + id + "/partners", DemoUsers.SAM))
                .contains("Falkirk CVS")
                .doesNotContain("Add a partner");
        for (var form : List.of("/edit", "/stages", "/close")) {
            get("/partnerships/" + id + form, DemoUsers.SAM).andExpect(status().isForbidden());
        }
        post(
                        "/partnerships/" + id + "/edit",
                        DemoUsers.SAM,
                        "title",
                        "Renamed",
                        "market",
                        "HEALTH",
                        "region",
                        "Falkirk",
                        "aims",
                        "Aims")
                .andExpect(status().isForbidden());
        post("/partnerships/" + id + "/edit", DemoUsers.SAM, "title", "").andExpect(status().isForbidden());
        post(
                        "/partnerships/" + id + "/partners",
                        DemoUsers.SAM,
                        "organisationId",
                        String.valueOf(cvs),
                        "standing",
                        "INFORMED")
                .andExpect(status().isForbidden());
        post("/partnerships/" + id + "/partners", DemoUsers.SAM).andExpect(status().isForbidden());
        post("/partnerships/" + id + "/partners/" + cvs + "/remove", DemoUsers.SAM)
                .andExpect(status().isForbidden());
        post("/partnerships/" + id + "/members", DemoUsers.SAM, "email", DemoUsers.SAM, "role", "MANAGER")
                .andExpect(status().isForbidden());
        post("/partnerships/" + id + "/members/" + david + "/remove", DemoUsers.SAM)
                .andExpect(status().isForbidden());
        post("/partnerships/" + id + "/assessment", DemoUsers.SAM, "decision", "NO_GO", "reason", "No")
                .andExpect(status().isForbidden());
        post("/partnerships/" + id + "/gate/approve", DemoUsers.SAM).andExpect(status().isForbidden());
        post("/partnerships/" + id + "/gate/advance", DemoUsers.SAM).andExpect(status().isForbidden());
        post("/partnerships/" + id + "/close", DemoUsers.SAM, "route", "STOPPED", "reason", "No")
                .andExpect(status().isForbidden());

        var after = view(id);
        assertThat(after.title()).startsWith("Governance test");
        assertThat(after.stage()).isEqualTo(Stage.EXPLORE);
        assertThat(after.partners()).anyMatch(p -> p.organisationId() == cvs);
        assertThat(after.members()).anyMatch(m -> m.personId() == david);
    }
}
