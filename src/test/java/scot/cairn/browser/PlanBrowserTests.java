package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import scot.cairn.support.DemoUsers;

/** The plan in a real browser: a task refused then added, its owner reporting progress, axe-checked. */
@BrowserTest
class PlanBrowserTests {

    private final Browser browser;

    PlanBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void aManagerAddsATaskAndItsOwnerReportsProgress() {
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Plan");
        browser.waitForHeading("Plan");
        browser.follow("Add a task");
        browser.waitForHeading("Add a task");
        browser.form().press("Add the task");
        browser.waitForHeading("Add a task");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.form().errors()).contains("Enter what the task is", "Choose an owner");

        String title = "Browser task " + System.nanoTime();
        browser.form()
                .type("title", title)
                .select("ownerId", "David Kerr")
                .date("start", today)
                .date("due", today.plusDays(14))
                .select("workstream", "Placement model");
        browser.form().press("Add the task");
        browser.waitForHeading(title);

        browser.signOut();
        browser.signIn(DemoUsers.DAVID, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Plan");
        browser.follow(title);
        browser.waitForHeading(title);
        browser.form().choose("status", "IN_PROGRESS").type("percent", "40");
        browser.form().press("Save progress");
        browser.waitForHeading(title);
        assertThat(browser.driver().getPageSource()).contains("In progress, 40% done");
    }

    @Test
    void theTimelineTheBaselinesAndAWorkPackageFormPassAxe() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Plan");
        browser.waitForHeading("Plan");
        assertThat(browser.driver().getPageSource()).contains("<svg", "Timeline of the plan", "WP-1");
        browser.follow("Plan baselines");
        browser.waitForHeading("Plan baselines");
        assertThat(browser.driver().getPageSource()).contains("B-1");
        browser.follow("Back to the plan");
        browser.follow("Add a work package");
        browser.waitForHeading("Add a work package");
        browser.form().press("Add the work package");
        browser.waitForHeading("Add a work package");
        assertThat(browser.form().errors()).contains("Enter what the work package is", "Choose a lead");
    }
}
