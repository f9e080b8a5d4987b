package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.cairn.support.DemoUsers;

/** The SROI pages in a real browser: the list, an analysis with its results, and a row form with errors, each axe-checked. */
@BrowserTest
class SroiBrowserTests {

    private final Browser browser;

    SroiBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void analysesListAnAnalysisWithResultsAndARowFormWithErrorsAreAccessible() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.follow("Falkirk foster care provision");
        browser.follow("SROI");
        browser.waitForHeading("SROI analyses");
        assertThat(browser.driver().getPageSource()).contains("Forecast for the pilot year", "Approved");

        browser.follow("Forecast for the pilot year");
        browser.waitForHeading("Forecast for the pilot year");
        assertThat(browser.driver().getPageSource())
                .contains(
                        "Total present value",
                        "SROI ratio",
                        "Payback period",
                        "Present value by stakeholder",
                        "Value per row per year",
                        "Change needed for 1 : 1")
                .doesNotContain("Add a row to the impact map");

        browser.open(browser.path() + "?variation=abc");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");

        browser.follow("SROI");
        browser.follow("Evaluation of the last four quarters");
        browser.waitForHeading("Evaluation of the last four quarters");
        assertThat(browser.driver().getPageSource()).contains("latest approved measurement");
        browser.follow("Add a row to the impact map");
        browser.waitForHeading("Add an impact-map row");
        browser.driver().findElement(By.id("deadweight")).sendKeys("120");
        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Save row']"))
                .click();
        browser.waitForHeading("Add an impact-map row");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.driver().getPageSource())
                .contains("Row 4: deadweight must be between 0 and 100%", "Row 4: enter the stakeholder");
        assertThat(browser.form().errorLink("Row 4: deadweight must be between 0 and 100%"))
                .isEqualTo("#deadweight");
    }
}
