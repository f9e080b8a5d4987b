package scot.cairn.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core against the page a browser shows, checking WCAG 2.2 A and AA (including 2.0 and 2.1). It runs the
 * axe-core that the {@code com.deque.html.axe-core:selenium} library ships, but directly: that library's builder
 * also tests frames (Cairn has none) and returns every rule's full results, which doubles the time every page takes.
 */
final class Axe {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SOURCE = axeSource();

    /** Answers one line per broken rule, or the error that stopped axe-core. */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']}).then(
                function (results) {
                    done({violations: results.violations.map(function (rule) {
                        return rule.id + ' (' + rule.impact + '): ' + rule.help + ' at '
                            + rule.nodes.map(function (node) { return JSON.stringify(node.target); }).join(', ');
                    })});
                },
                function (error) { done({error: String(error)}); });
            """;

    private Axe() {}

    /** One line per broken rule: its id, impact, what it asks for and the CSS selectors of the offending elements. */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
            page.executeScript(SOURCE);
        }
        Map<String, Object> result = (Map<String, Object>) page.executeAsyncScript(RUN, TAGS);
        if (result.containsKey("error")) {
            throw new IllegalStateException(
                    "axe-core could not check " + driver.getCurrentUrl() + ": " + result.get("error"));
        }
        return List.copyOf((List<String>) result.get("violations"));
    }

    private static String axeSource() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
