package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import scot.cairn.support.DemoUsers;

/** Meetings in a real browser, axe-checked: a board meeting refused, then scheduled, and an agenda item added. */
@BrowserTest
class MeetingBrowserTests {

    private final Browser browser;

    MeetingBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void anOrganiserSchedulesABoardMeetingAndAddsToItsAgenda() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Meetings");
        browser.waitForHeading("Meetings");
        assertThat(browser.driver().getPageSource()).contains("Foster care PSP board");
        browser.follow("Schedule a meeting");
        browser.waitForHeading("Schedule a meeting");
        browser.form().press("Schedule");
        browser.waitForHeading("Schedule a meeting");
        assertThat(browser.form().errors())
                .contains("Choose the group whose meeting it is", "Enter what the meeting is");

        String title = "Extra board " + System.nanoTime();
        browser.form()
                .select("groupId", "Governance Group / Project Board")
                .type("title", title)
                .date("date", LocalDate.now(ZoneId.of("Europe/London")).plusDays(20))
                .type("place", "Callendar House, Falkirk");
        browser.form().press("Schedule");
        browser.waitForHeading(title);
        browser.form().type("title", "Risks for the board").type("minutes", "15");
        browser.form().press("Add the item");
        browser.waitForHeading(title);
        assertThat(browser.driver().getPageSource()).contains("Risks for the board", "15 minutes");
    }
}
