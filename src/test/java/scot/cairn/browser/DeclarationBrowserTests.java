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

    DeclarationBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void aMemberDeclaresAnInterestAndAManagerReviewsIt() {
        browser.signIn(DemoUsers.DAVID, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Tender");
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
        browser.assertEveryVisitedPageAccessible();
    }
}
