package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import scot.cairn.support.DemoUsers;

/** The session cookie a signed-in person's browser holds, and what signing in and out do to it. */
@BrowserTest
class SessionBrowserTests {

    private final Browser browser;

    SessionBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void sessionCookieIsHiddenFromScriptsKeptToThisSiteAndSentOnlyOverHttps() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);

        Cookie session = sessionCookie();

        assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
        assertThat(session.getSameSite()).as("SameSite").isEqualTo("Lax");
        assertThat(session.isSecure()).as("Secure").isTrue();
        assertThat(session.getPath()).isEqualTo("/");
        assertThat(browser.driver().manage().getCookies())
                .as("cookies a script could read")
                .filteredOn(cookie -> !cookie.isHttpOnly())
                .isEmpty();
    }

    @Test
    void signingInStartsANewSession() {
        browser.open("/sign-in");
        String before = sessionCookie().getValue(); // the sign-in form's CSRF token lives in a session

        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);

        assertThat(sessionCookie().getValue())
                .as("a session id known before sign-in (perhaps planted by someone else) is not the signed-in one")
                .isNotEqualTo(before);
    }

    @Test
    void signOutEndsTheSessionSoItsOldCookieNoLongerSignsIn() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        Cookie signedIn = sessionCookie();
        browser.driver().manage().deleteAllCookies();
        browser.driver().manage().addCookie(signedIn);
        browser.open("/partnerships");
        assertThat(browser.heading())
                .as("a copy of the cookie works while the session lasts")
                .isEqualTo("My partnerships");

        browser.signOut();
        browser.driver().manage().addCookie(signedIn);
        browser.open("/partnerships");

        assertThat(browser.heading()).isEqualTo("Sign in to Cairn");
        assertThat(browser.path()).isEqualTo("/sign-in");
        assertThat(sessionCookie().getValue()).isNotEqualTo(signedIn.getValue());
    }

    private Cookie sessionCookie() {
        Cookie cookie = browser.driver().manage().getCookieNamed(Browser.SESSION_COOKIE);
        assertThat(cookie).as("the %s cookie", Browser.SESSION_COOKIE).isNotNull();
        return cookie;
    }
}
