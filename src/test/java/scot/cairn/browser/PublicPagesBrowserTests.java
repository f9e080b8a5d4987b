package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.cairn.support.DemoUsers;

@BrowserTest
class PublicPagesBrowserTests {

    private final Browser browser;

    PublicPagesBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void accessibilityStatementIsAccessibleWithoutSigningIn() {
        browser.open("/accessibility");

        assertThat(browser.heading()).isEqualTo("Accessibility statement for Cairn");
        browser.assertAccessible();
    }

    @Test
    void footerLeadsToTheAccessibilityStatement() {
        browser.open("/sign-in");

        browser.driver().findElement(By.linkText("Accessibility")).click();

        browser.waitForHeading("Accessibility statement for Cairn");
    }

    @Test
    void unknownPageShowsTheNotFoundPage() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);

        browser.open("/partnerships/999999");

        assertThat(browser.heading()).isEqualTo("Page not found");
        assertThat(browser.driver().getTitle()).isEqualTo("Page not found – Cairn");
        browser.assertAccessible();
    }
}
