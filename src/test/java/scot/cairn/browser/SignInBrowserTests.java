package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.cairn.support.DemoUsers;

@BrowserTest
class SignInBrowserTests {

    private final Browser browser;

    SignInBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void signInPageIsAccessible() {
        browser.open("/sign-in");

        assertThat(browser.heading()).isEqualTo("Sign in to Cairn");
        assertThat(browser.driver().getTitle()).isEqualTo("Sign in – Cairn");
        browser.assertAccessible();
    }

    @Test
    void wrongPasswordShowsTheErrorSummaryAndTheRightOneStillWorks() {
        browser.submitSignIn(DemoUsers.FIONA, "not-the-password");

        browser.waitForHeading("Sign in to Cairn");
        assertThat(browser.path()).isEqualTo("/sign-in?error");
        var summary = browser.driver().findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText())
                .contains("There is a problem")
                .contains("The email address or password is not right.");
        assertThat(browser.driver().findElement(By.id("email")).getAttribute("aria-describedby"))
                .isEqualTo("email-error");
        browser.assertAccessible();

        // A right password resets the count of wrong ones, so this test never locks the demo account.
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
    }

    @Test
    void demoManagerSignsInAndSeesTheirPartnerships() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);

        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.heading()).isEqualTo("What needs you");
        browser.open("/partnerships?title=Falkirk+foster");
        assertThat(browser.driver().findElement(By.tagName("table")).getText())
                .contains("Falkirk foster care provision");
        browser.assertAccessible();
    }

    @Test
    void signOutInTheNavigationEndsTheSession() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);

        browser.signOut();

        assertThat(browser.path()).isEqualTo("/sign-in?signedOut");
        assertThat(browser.driver()
                        .findElement(By.className("govuk-notification-banner"))
                        .getText())
                .contains("You have signed out.");
        browser.assertAccessible();
        browser.open("/partnerships");
        browser.waitForHeading("Sign in to Cairn");
    }
}
