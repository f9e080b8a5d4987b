package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import scot.cairn.support.DemoUsers;

/** The communications plan in a real browser, axe-checked: Fiona reads it, plans an activity, and David moves it on. */
@BrowserTest
class CommunicationsBrowserTests {

    private final Browser browser;

    CommunicationsBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void theProjectManagerPlansAnActivityAndItsOwnerMovesItOn() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Communications");
        browser.waitForHeading("Communications plan");
        assertThat(browser.driver().getPageSource()).contains("Foster care providers who may bid", "Reviewed by");
        browser.follow("Change the plan");
        browser.waitForHeading("Communications plan");
        browser.follow("Back to the communications plan");
        browser.follow("Plan an activity");
        browser.waitForHeading("Plan an activity");
        browser.form().press("Plan the activity");
        assertThat(browser.form().errors()).contains("Enter what the activity is", "Choose who owns the activity");
        String title = "Article in the council magazine " + System.nanoTime();
        browser.form()
                .type("title", title)
                .select("audience", "The public")
                .select("channel", "Quarterly newsletter")
                .select("ownerId", "David Kerr")
                .date("due", LocalDate.now(ZoneId.of("Europe/London")).plusDays(6));
        browser.form().press("Plan the activity");
        browser.waitForHeading("Communications plan");
        assertThat(browser.form().banner()).contains("is planned");
        assertThat(browser.driver().getPageSource()).contains(title);

        browser.signOut();
        browser.signIn(DemoUsers.DAVID, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Communications");
        browser.submitWith(browser.driver().findElement(org.openqa.selenium.By.partialLinkText(title)));
        browser.form().choose("status", "IN_PROGRESS");
        browser.form().press("Save the activity");
        browser.waitForHeading("Communications plan");
        assertThat(browser.form().banner()).contains("is saved");
    }
}
