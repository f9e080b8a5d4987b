package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import scot.cairn.support.DemoUsers;

/** Everything here is done with key presses only, as someone who cannot use a mouse would. */
@BrowserTest
class KeyboardBrowserTests {

    private final Browser browser;

    KeyboardBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void skipLinkIsTheFirstThingTheKeyboardReachesAndMovesToTheMainContent() {
        browser.open("/sign-in");

        browser.press(Keys.TAB);

        assertThat(browser.focused().getText()).isEqualTo("Skip to main content");
        assertThat(browser.focused().getDomAttribute("href")).isEqualTo("#main-content");
        browser.press(Keys.ENTER);
        browser.waitUntil(
                d -> "main-content".equals(browser.focused().getDomAttribute("id")),
                () -> "Expected the skip link to move the focus to the main content, but it is on "
                        + browser.focused().getTagName());
    }

    @Test
    void skipLinkComesFirstOnSignedInPagesToo() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships");

        browser.press(Keys.TAB);

        assertThat(browser.focused().getText()).isEqualTo("Skip to main content");
    }

    @Test
    void signInFormCanBeCompletedWithTheKeyboardOnly() {
        browser.open("/sign-in");

        tabTo("email");
        browser.press(DemoUsers.FIONA, Keys.TAB);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("password");
        browser.press(DemoUsers.PASSWORD, Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Sign in");
        browser.press(Keys.ENTER);

        browser.waitForHeading("What needs you");
        assertThat(browser.path()).isEqualTo("/");
    }

    /** Presses Tab until the field has the focus: past the skip link and the header, never more than five times. */
    private void tabTo(String id) {
        for (int presses = 0; presses < 5; presses++) {
            browser.press(Keys.TAB);
            if (id.equals(browser.focused().getDomAttribute("id"))) {
                return;
            }
        }
        throw new AssertionError("Five presses of Tab did not reach #" + id);
    }
}
