package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import scot.cairn.support.DemoUsers;

/**
 * Declarations of interests in a real browser, axe-checked on every page: David declares that his employer may bid,
 * by keyboard, after a refusal; Fiona, a manager, reviews it and records the measures.
 */
@BrowserTest
class DeclarationBrowserTests {

    private final Browser browser;

    @org.springframework.beans.factory.annotation.Autowired
    scot.cairn.tendering.TenderingFixture tendering;

    DeclarationBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void theProcurementRepresentativeRecordsTheExpectedProcurementOnceInPilot() {
        long id = tendering.inPilot();
        var today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships/" + id);
        browser.follow("Tender");
        browser.waitForHeading("The road to tender");
        browser.follow("Record the expected procurement");
        browser.waitForHeading("Expected procurement");
        browser.form().press("Save the expected procurement");
        assertThat(browser.form().errors()).contains("Enter the procurement’s title", "Enter the CPV code");
        browser.form()
                .type("title", "Foster care placements")
                .select("currency", "Pounds sterling (GBP)")
                .type("estimatedValue", "4,200,000")
                .type("cpvCode", "85311300-5")
                .date("expectedPublication", today.plusMonths(3))
                .date("expectedAward", today.plusMonths(7))
                .type("contractMonths", "36");
        browser.form().press("Save the expected procurement");
        browser.waitForHeading("The road to tender");
        assertThat(browser.form().banner()).contains("expected procurement is saved");
        assertThat(browser.driver().getPageSource()).contains("GBP 4,200,000.00", "85311300-5");
        browser.open("/procurements");
        browser.waitForHeading("Expected procurements");
        assertThat(browser.driver().getPageSource()).contains("Foster care placements");
        browser.assertEveryVisitedPageAccessible();
    }

    @Test
    void aMemberDeclaresAnInterestAndAManagerReviewsIt() {
        browser.signIn(DemoUsers.DAVID, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Tender");
        browser.waitForHeading("The road to tender");
        assertThat(browser.driver().getPageSource()).contains("Foster care provision for children in Falkirk");
        browser.follow("Read and make declarations of interests");
        browser.waitForHeading("Declarations of interests");
        for (int row = 0; row < 3; row++) {
            browser.form().select("interests[" + row + "].kind", "Choose a kind");
            browser.form().select("interests[" + row + "].organisationId", "None of the partners");
            browser.form().clear("interests[" + row + "].description");
        }
        var nothing = browser.driver().findElement(By.id("nothingToDeclare"));
        if (nothing.isSelected()) {
            nothing.sendKeys(Keys.SPACE);
        }
        browser.form().press("Save my declaration");
        assertThat(browser.form().errors()).contains("List your interests, or say you have nothing to declare");
        browser.form()
                .select("interests[0].kind", "Employer that may bid")
                .select("interests[0].organisationId", "Falkirk CVS")
                .type("interests[0].description", "Chief Executive of Falkirk CVS, which may bid");
        browser.form().press("Save my declaration");
        browser.waitForHeading("Declarations of interests");
        assertThat(browser.form().banner()).contains("waits for review");
        assertThat(browser.driver().getPageSource()).contains("Chief Executive of Falkirk CVS, which may bid");

        browser.signOut();
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Tender");
        browser.waitForHeading("The road to tender");
        browser.follow("Read and make declarations of interests");
        browser.waitForHeading("Declarations of interests");
        browser.follow("David Kerr");
        browser.waitForHeading("Declaration of interests: David Kerr");
        browser.form().choose("risk", "MANAGED");
        browser.form().press("Record the review");
        assertThat(browser.form().errors()).contains("Choose at least one measure for a conflict");
        browser.form().choose("risk", "MANAGED");
        browser.driver().findElement(By.id("measures-INFORMATION_SHARED")).sendKeys(Keys.SPACE);
        browser.driver().findElement(By.id("measures-SEPARATE_TEAM")).sendKeys(Keys.SPACE);
        browser.form().press("Record the review");
        browser.waitForHeading("Declaration of interests: David Kerr");
        assertThat(browser.form().banner()).contains("review is recorded");
        assertThat(browser.driver().getPageSource()).contains("Conflict managed", "Reviewed by Fiona Reid");
        browser.follow("Tender");
        browser.waitForHeading("The road to tender");
        browser.follow("Prior-involvement report");
        browser.waitForHeading("Prior involvement");
        assertThat(browser.driver().getPageSource()).contains("Falkirk CVS", "David Kerr");
        browser.follow("Tender");
        browser.follow("Community benefits");
        browser.waitForHeading("Community benefits");
        assertThat(browser.driver().getPageSource()).contains("CB-1", "Care leavers recruited into the service");
        browser.open("/partnerships");
        browser.follow("Expected procurements in your partnerships over the next two financial years");
        browser.waitForHeading("Expected procurements");
        browser.assertEveryVisitedPageAccessible();
    }
}
