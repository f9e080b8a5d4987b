package scot.cairn.browser;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The browser console, kept for one test at a time. Chromium reports each resource or inline code that the page's
 * Content Security Policy blocks as a console error mentioning "Content Security Policy".
 */
final class ConsoleLog {

    private final WebDriver driver;
    private final List<LogEntry> entries = new ArrayList<>();

    ConsoleLog(WebDriver driver) {
        this.driver = driver;
    }

    /** Forgets everything logged so far. */
    void clear() {
        read();
        entries.clear();
    }

    List<String> cspViolations() {
        read();
        return entries.stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    private void read() {
        // Chromium hands each entry out once, so they are kept here.
        entries.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
    }
}
