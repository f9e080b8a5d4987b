package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import scot.cairn.support.DemoUsers;

/** The risks and issues register in a real browser: empty form refused, a risk raised and reviewed, axe-checked. */
@BrowserTest
class RiskBrowserTests {

    private final Browser browser;

    RiskBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void aManagerRaisesARiskAndItsOwnerReviewsIt() {
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Risks");
        browser.waitForHeading("Risks and issues");
        browser.follow("Raise a risk or issue");
        browser.waitForHeading("Raise a risk or issue");
        browser.form().press("Raise");
        browser.waitForHeading("Raise a risk or issue");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.form().errors()).contains("Enter a title", "Choose an owner", "Choose a response");
        assertThat(browser.form().errorLink("Enter a title")).isEqualTo("#title");

        String title = "Browser risk " + System.nanoTime();
        browser.form()
                .type("title", title)
                .select("category", "Delivery")
                .select("ownerId", "David Kerr")
                .select("likelihood", "4: high")
                .select("impact", "5: very high")
                .select("proximity", "Within three months")
                .choose("response", "REDUCE")
                .date("nextReview", today.plusDays(14));
        browser.form().press("Raise");
        browser.waitForHeading(title);
        assertThat(browser.driver().getPageSource()).contains("This item goes to the board");

        browser.signOut();
        browser.signIn(DemoUsers.DAVID, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Risks");
        browser.follow(title);
        browser.waitForHeading(title);
        browser.form().date("reviewedOn", today).select("likelihood", "2: low").date("nextReview", today.plusDays(30));
        browser.form().type("note", "A second venue is booked.");
        browser.form().press("Record review");
        browser.waitForHeading(title);
        assertThat(browser.driver().getPageSource()).contains("A second venue is booked.", "2 by 5: 10");
    }
}
