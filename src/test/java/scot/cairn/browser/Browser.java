package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.WebDriverWait;
import scot.cairn.support.DemoUsers;

/**
 * A headless Chromium pointed at the running Cairn, with the steps tests share. Every page it loads from Cairn is
 * checked with axe-core ({@link #visitedPages()}), and its console is watched for Content Security Policy
 * violations. One browser serves all tests of a class; {@link BrowserTest} starts it and clears its cookies (so
 * signs out) before each test.
 */
public final class Browser implements AutoCloseable {

    /** The name of Cairn's session cookie. */
    public static final String SESSION_COOKIE = "CAIRN_SESSION";

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final Chromium.Session session;
    private final WebDriver driver;
    private final String baseUrl;
    private final PageAudit audit;
    private final ConsoleLog console;
    private String signedInAs;

    private Browser(Chromium.Session session, String baseUrl) {
        this.session = session;
        this.baseUrl = baseUrl;
        this.audit = new PageAudit(session, baseUrl);
        this.console = new ConsoleLog(session.driver());
        this.driver = new EventFiringDecorator<>(audit).decorate(session.driver());
    }

    static Browser start(Chromium chromium, String baseUrl, boolean javaScript) throws IOException {
        return new Browser(chromium.start(javaScript), baseUrl);
    }

    /** The driver, for anything the helpers here do not cover; pages it loads are still checked. */
    public WebDriver driver() {
        return driver;
    }

    /** Opens a Cairn path such as {@code /sign-in}. */
    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /** The path and query of the page showing, or the whole address if it is not one of Cairn's. */
    public String path() {
        String url = driver.getCurrentUrl();
        return url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url;
    }

    /** The text of the page's h1. */
    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The text of the first element the CSS selector finds. */
    public String text(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector)).getText();
    }

    /** Every element the CSS selector finds. */
    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Waits until the page's h1 reads {@code text}. */
    public void waitForHeading(String text) {
        waitUntil(
                d -> d.findElements(By.tagName("h1")).stream()
                        .anyMatch(h -> h.getText().equals(text)),
                () -> "Expected the heading '" + text + "' but " + path() + " shows '" + headingOrNone() + "'");
    }

    /** Fills in the sign-in form and submits it with the Enter key, without waiting for the result. */
    public void submitSignIn(String email, String password) {
        open("/sign-in");
        driver.findElement(By.id("email")).sendKeys(email);
        driver.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
    }

    /** Signs in and waits for the home page that follows, "What needs you". */
    public void signIn(String email, String password) {
        submitSignIn(email, password);
        waitForHeading("What needs you");
        signedInAs = email;
    }

    /**
     * Signs in as the demo user with the demo password, unless this browser is still signed in as them: in a class
     * that keeps its cookies ({@link BrowserTest#signOutBeforeEach()}), one sign-in then serves every test.
     */
    public void signInAs(String email) {
        if (email.equals(signedInAs) && driver.manage().getCookieNamed(SESSION_COOKIE) != null) {
            return;
        }
        forgetCookies();
        signIn(email, DemoUsers.PASSWORD);
    }

    /** Uses the Sign out button in the navigation and waits for the sign-in page. */
    public void signOut() {
        driver.findElement(By.cssSelector("nav[aria-label='Main menu'] form[action$='/sign-out'] button"))
                .click();
        waitForHeading("Sign in to Cairn");
        signedInAs = null;
    }

    /** The forms, error summary and banners of the page showing. */
    public FormControls form() {
        return new FormControls(this);
    }

    /** Follows a link in the main content with the Enter key, and waits for the page it leads to. */
    public void follow(String linkText) {
        submitWith(driver.findElement(By.id("main-content")).findElement(By.linkText(linkText)));
    }

    /**
     * Presses Enter on a control, as a keyboard user sends a form or follows a link, and waits until the browser has
     * loaded the page that follows (even if it has the same address); that page is then checked with axe-core.
     */
    public void submitWith(WebElement control) {
        WebElement page = driver.findElement(By.tagName("html"));
        control.sendKeys(Keys.ENTER);
        waitUntil(d -> gone(page), () -> "Pressing Enter loaded no new page; still on " + path());
        audit.checkCurrentPage();
    }

    /**
     * Whether the element has left the document. Chromium now and then says so with "does not belong to the
     * document" instead of a stale element reference; both mean the next page has come.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Presses keys on whatever has the focus, as a keyboard user would. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Checks the page as it is now (also after script changed it) and fails listing every violation. */
    public void assertAccessible() {
        List<String> violations = session.withScripts(() -> Axe.violations(driver));
        if (!violations.isEmpty()) {
            fail("axe-core found violations on " + describe(new PageAudit.Page(path(), driver.getTitle(), violations)));
        }
    }

    /** Every page loaded from Cairn in this test so far, with what axe-core found on it. */
    public List<PageAudit.Page> visitedPages() {
        audit.checkCurrentPage();
        return audit.pages();
    }

    /** Fails listing, page by page, every violation found on the pages this test loaded. */
    public void assertEveryVisitedPageAccessible() {
        List<String> failures = visitedPages().stream()
                .filter(page -> !page.violations().isEmpty())
                .map(Browser::describe)
                .toList();
        if (!failures.isEmpty()) {
            fail("axe-core found violations on " + failures.size() + " page(s) visited:\n"
                    + String.join("\n", failures));
        }
    }

    /** Console messages about content the Content Security Policy blocked in this test so far. */
    public List<String> cspViolations() {
        return console.cspViolations();
    }

    public void assertNoCspViolations() {
        assertThat(cspViolations()).as("Content Security Policy violations").isEmpty();
    }

    /** Forgets console messages, for tests that break the policy on purpose. */
    public void clearConsole() {
        console.clear();
    }

    /** Waits until the condition holds; an element it looks at may vanish meanwhile, as when htmx swaps content. */
    public void waitUntil(Function<WebDriver, Boolean> condition, Supplier<String> failure) {
        new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .withMessage(failure)
                .until(condition);
    }

    void beforeTest(boolean signOut) {
        if (signOut) {
            forgetCookies();
        }
        audit.clear();
        console.clear();
    }

    void afterTest(String test) {
        for (PageAudit.Page page : visitedPages()) {
            System.out.printf(
                    "axe-core, %s: %d violations on %s (%s)%n",
                    test, page.violations().size(), page.path(), page.title());
        }
        assertEveryVisitedPageAccessible();
        assertNoCspViolations();
    }

    /** Deletes Cairn's cookies, which the browser can only do while it shows one of Cairn's pages. */
    private void forgetCookies() {
        if (driver.getCurrentUrl().startsWith(baseUrl)) {
            driver.manage().deleteAllCookies();
        }
        signedInAs = null;
    }

    private static String describe(PageAudit.Page page) {
        return page.path() + " (" + page.title() + "):\n  - " + String.join("\n  - ", page.violations());
    }

    private String headingOrNone() {
        return driver.findElements(By.tagName("h1")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("no h1");
    }

    @Override
    public void close() {
        session.close();
    }
}
