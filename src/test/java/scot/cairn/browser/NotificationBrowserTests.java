package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.notification.EmailLinks;
import scot.cairn.support.DemoUsers;

/**
 * Notifications as people meet them: the inbox from the menu (with the demo's own news), choosing which emails to
 * get, the page an email's link opens without signing in, and the administrators' outbox. Every page passes axe.
 */
@BrowserTest
class NotificationBrowserTests {

    private final Browser browser;

    @Autowired
    DemoUsers users;

    @Autowired
    EmailLinks links;

    NotificationBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void theInboxIsInTheMenuAndEmailChoicesAreSavedThere() {
        browser.signInAs(DemoUsers.DAVID);
        var menu =
                browser.driver().findElement(By.cssSelector("nav.govuk-service-navigation a[href='/notifications']"));
        assertThat(menu.getText()).startsWith("Notifications");
        browser.submitWith(menu);
        browser.waitForHeading("Notifications");
        assertThat(browser.text("main")).contains("unread");

        browser.follow("Choose which emails you get");
        browser.waitForHeading("Emails you get");
        browser.form().choose("STAGE_ADVANCED", "NEVER");
        browser.form().press("Save");

        browser.waitForHeading("Emails you get");
        assertThat(browser.text(".govuk-notification-banner")).contains("Your choices are saved.");
        assertThat(browser.driver().findElement(By.id("STAGE_ADVANCED-NEVER")).isSelected())
                .isTrue();
    }

    @Test
    void theLinkInAnEmailOpensItsChoiceWithoutSigningIn() {
        long sam = users.current(DemoUsers.SAM).personId();
        browser.open("/notifications/email/" + links.tokenFor(sam) + "?kind=DECISION_APPROVED");

        browser.waitForHeading("Emails you get");
        browser.form().choose("DECISION_APPROVED", "AT_ONCE");
        browser.form().press("Save");
        assertThat(browser.text(".govuk-notification-banner")).contains("Your choices are saved.");
    }

    @Test
    void administratorsReadTheOutbox() {
        browser.signInAs(DemoUsers.ADMIN);
        browser.submitWith(
                browser.driver().findElement(By.cssSelector("nav.govuk-service-navigation a[href='/outbox']")));
        browser.waitForHeading("Outbox");
        var first = browser.findAll("#main-content table a");
        if (!first.isEmpty()) {
            String subject = first.get(0).getText();
            browser.submitWith(first.get(0));
            browser.waitForHeading(subject);
            assertThat(browser.text("main")).contains("What it says");
        }
    }
}
