package scot.cairn.browser;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Checks every page the browser loads from Cairn with axe-core, once per loaded document: before and after each
 * navigation, click, key press or form submission, a page not yet checked is checked. A mark left in the page's
 * window tells a checked document from a new one. Results are kept, not thrown, so a test can report them all.
 */
public final class PageAudit implements WebDriverListener {

    private static final String STATE = "if (document.contentType !== 'text/html') { return 'not html'; }"
            + " if (window.cairnAudited === true) { return 'checked'; } return document.readyState;";

    /** One loaded page and what axe-core found on it (nothing, if it is accessible). */
    public record Page(String path, String title, List<String> violations) {}

    private final Chromium.Session session;
    private final WebDriver driver;
    private final String baseUrl;
    private final List<Page> pages = new ArrayList<>();

    /** Uses the session's undecorated driver, so that checking a page does not trigger another check. */
    PageAudit(Chromium.Session session, String baseUrl) {
        this.session = session;
        this.driver = session.driver();
        this.baseUrl = baseUrl;
    }

    List<Page> pages() {
        return List.copyOf(pages);
    }

    void clear() {
        pages.clear();
    }

    /** Checks the page now showing unless it was checked already or is not one of Cairn's HTML pages. */
    void checkCurrentPage() {
        if (!driver.getCurrentUrl().startsWith(baseUrl)) {
            return;
        }
        String state = new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(d -> {
                    Object value = ((JavascriptExecutor) d).executeScript(STATE);
                    return "loading".equals(value) || "interactive".equals(value) ? null : (String) value;
                });
        if ("complete".equals(state)) {
            var violations = new ArrayList<>(session.withScripts(() -> Axe.violations(driver)));
            String title = driver.getTitle();
            if (title.contains("Error: Error:")) {
                violations.add("The title says \"Error:\" twice: " + title);
            }
            pages.add(new Page(driver.getCurrentUrl().substring(baseUrl.length()), title, violations));
            ((JavascriptExecutor) driver).executeScript("window.cairnAudited = true;");
        }
    }

    @Override
    public void beforeGet(WebDriver ignored, String url) {
        checkCurrentPage();
    }

    @Override
    public void afterGet(WebDriver ignored, String url) {
        checkCurrentPage();
    }

    @Override
    public void afterAnyNavigationCall(WebDriver.Navigation navigation, Method method, Object[] args, Object result) {
        checkCurrentPage();
    }

    @Override
    public void beforeClick(WebElement element) {
        checkCurrentPage();
    }

    @Override
    public void afterClick(WebElement element) {
        checkCurrentPage();
    }

    @Override
    public void beforeSubmit(WebElement element) {
        checkCurrentPage();
    }

    @Override
    public void afterSubmit(WebElement element) {
        checkCurrentPage();
    }

    @Override
    public void beforeSendKeys(WebElement element, CharSequence... keys) {
        checkCurrentPage();
    }

    @Override
    public void afterSendKeys(WebElement element, CharSequence... keys) {
        checkCurrentPage();
    }

    @Override
    public void beforePerform(WebDriver ignored, Collection<Sequence> actions) {
        checkCurrentPage();
    }

    @Override
    public void afterPerform(WebDriver ignored, Collection<Sequence> actions) {
        checkCurrentPage();
    }
}
