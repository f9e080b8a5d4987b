package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import scot.cairn.support.DemoUsers;

/**
 * The specification's requirements in a real browser, axe-checked on every page: Fiona writes a requirement and ticks
 * its evidence by keyboard, after a refusal, and reads the traceability page both ways.
 */
@BrowserTest
class RequirementBrowserTests {

    private final Browser browser;

    RequirementBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void theProcurementRepresentativeWritesARequirementWithItsEvidenceAndReadsTheTraceability() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Tender");
        browser.waitForHeading("The road to tender");
        browser.follow("Read and write the requirements");
        browser.waitForHeading("Specification requirements");
        browser.form().press("Add the requirement");
        assertThat(browser.form().errors())
                .contains(
                        "Choose the section of the specification the requirement belongs to",
                        "Say what the provider must do");
        String words = "Carers can reach a named worker at night " + System.nanoTime();
        browser.form().select("section", "Quality and staffing standards").type("text", words);
        var kind = browser.driver().findElement(By.cssSelector("details.govuk-details summary"));
        kind.sendKeys(Keys.ENTER);
        var first = browser.driver().findElement(By.id("evidence"));
        first.sendKeys(Keys.SPACE);
        assertThat(first.isSelected()).isTrue();
        browser.form().press("Add the requirement");
        browser.waitForHeading("Specification requirements");
        assertThat(browser.form().banner()).contains("requirement is added");
        assertThat(browser.driver().getPageSource()).contains(words);
        browser.follow("Traceability: requirements and their evidence, both ways");
        browser.waitForHeading("Traceability");
        assertThat(browser.driver().getPageSource())
                .contains(words, "Each piece of evidence and the requirements resting on it");
        browser.assertEveryVisitedPageAccessible();
    }
}
