package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import scot.cairn.support.DemoUsers;

/** What the browser runs and loads: GOV.UK Frontend's scripts, the Content Security Policy, fonts. */
@BrowserTest
class FrontendBrowserTests {

    private static final List<String> PAGES = List.of("/sign-in?error", "/accessibility", "/partnerships/999999");

    private final Browser browser;

    FrontendBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void govukFrontendScriptsStart() {
        browser.open("/sign-in");

        browser.waitUntil(
                d -> bodyClasses().contains("govuk-frontend-supported"),
                () -> "/js/cairn.js did not run: the body's classes are '" + bodyClasses() + "'");
        assertThat(bodyClasses()).contains("js-enabled");
    }

    @Test
    void pagesBreakNoContentSecurityPolicyRuleAndNeverUseTheGovUkFont() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        assertThat(elementsInTheGovukFont()).isEmpty();
        for (String page : PAGES) {
            browser.open(page);
            assertThat(elementsInTheGovukFont())
                    .as("elements in GDS Transport on %s", page)
                    .isEmpty();
        }

        browser.assertNoCspViolations();
    }

    @Test
    void policyCheckNoticesABlockedInlineScript() {
        browser.open("/sign-in");

        script("var s = document.createElement('script'); s.textContent = 'window.cairnInline = true;';"
                + " document.body.appendChild(s);");

        browser.waitUntil(d -> !browser.cspViolations().isEmpty(), () -> "No CSP violation was reported");
        assertThat(browser.cspViolations())
                .anyMatch(m -> m.contains("inline script") && m.contains("script-src 'self'"));
        assertThat(script("return window.cairnInline === true;")).isEqualTo(false);
        browser.clearConsole();
    }

    @Test
    void accessibilityCheckNoticesAViolation() {
        browser.open("/sign-in");

        script("document.querySelector('main').appendChild(document.createElement('button'));");

        assertThatThrownBy(browser::assertAccessible)
                .hasMessageContaining("button-name (critical)")
                .hasMessageContaining("/sign-in (Sign in – Cairn)");
    }

    private String bodyClasses() {
        return String.valueOf(script("return document.body.className;"));
    }

    /** GDS Transport is for GOV.UK services only; an element styled with it would make the browser fetch it. */
    private List<Object> elementsInTheGovukFont() {
        @SuppressWarnings("unchecked")
        List<Object> elements = (List<Object>) script("return Array.from(document.querySelectorAll('body *'))"
                + ".filter(function (e) { return getComputedStyle(e).fontFamily.indexOf('GDS Transport') >= 0; })"
                + ".map(function (e) { return e.tagName.toLowerCase() + '.' + e.className; });");
        return elements;
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }
}
