package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.cairn.support.DemoUsers;

/** Highlight reports in a real browser, axe-checked: the demo's noted report, and a new one started and refused. */
@BrowserTest
class ReportBrowserTests {

    private final Browser browser;

    ReportBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void theProjectManagerReadsTheNotedReportAndStartsTheNext() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Reports");
        browser.waitForHeading("Highlight reports");
        browser.follow("HR-1");
        browser.waitForHeading("Highlight report HR-1");
        assertThat(browser.driver().getPageSource()).contains("Noted by the board", "Amber: some concerns");
        browser.follow("Back to the reports");
        browser.waitForHeading("Highlight reports");
        browser.form().press("Start the report");
        browser.waitForHeading("Highlight report HR-2");
        browser.form().press("Save and submit to the board");
        browser.waitForHeading("Highlight report HR-2");
        assertThat(browser.driver().getPageSource()).contains("Choose the overall status before you submit the report");
    }
}
