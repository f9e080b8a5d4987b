package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.cairn.support.DemoUsers;

/** Forecast against actual in a real browser: the quarters list, the demo review, the form with errors, axe-checked. */
@BrowserTest
class ReviewBrowserTests {

    private final Browser browser;

    ReviewBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void reviewListAReviewAndTheFormWithErrorsAreAccessible() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("SROI");
        browser.follow("Forecast against actual reviews");
        browser.waitForHeading("Forecast against actual reviews");
        assertThat(browser.driver().getPageSource()).contains("Signed off", "Outside the pilot");

        browser.submitWith(browser.driver()
                .findElement(org.openqa.selenium.By.xpath("//td/a[starts-with(normalize-space(), 'Open')]")));
        assertThat(browser.heading()).startsWith("Forecast against actual: ");
        assertThat(browser.driver().getPageSource())
                .contains(
                        "Present value per outcome",
                        "Quantities per impact-map row",
                        "Actual as % of forecast",
                        "Fiona Reid",
                        "David Kerr",
                        "Fewer residential placements were avoided than forecast")
                .doesNotContain("Sign off this review", "Change the review");

        browser.follow("Back to the reviews");
        browser.follow("Write a review");
        browser.waitForHeading("Write a forecast against actual review");
        browser.form().type("quarter", "soon");
        browser.form().press("Save the review");
        browser.waitForHeading("Write a forecast against actual review");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.form().errors())
                .contains(
                        "Enter the quarter like 2026-Q3",
                        "Choose an approved forecast analysis of this partnership",
                        "Explain the differences in the review note");
        assertThat(browser.form().errorLink("Enter the quarter like 2026-Q3")).isEqualTo("#quarter");
    }
}
