package scot.cairn.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The installed Chromium and chromedriver (Debian's by default; {@code -Dcairn.chromium=} / {@code CAIRN_CHROMIUM}
 * and {@code -Dcairn.chromedriver=} / {@code CAIRN_CHROMEDRIVER} point elsewhere). Both paths are always given to
 * Selenium, so Selenium Manager never runs: the build machine has no network and must not download browsers.
 */
record Chromium(Path browser, Path driver) {

    private static final String[] ARGUMENTS = {
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1024"
    };

    /** Held strongly so that the level set on it is not lost to garbage collection. */
    private static final Logger SELENIUM_MANAGER = Logger.getLogger("org.openqa.selenium.manager");

    static Chromium configured() {
        return new Chromium(
                Path.of(setting("cairn.chromium", "CAIRN_CHROMIUM", "/usr/bin/chromium")),
                Path.of(setting("cairn.chromedriver", "CAIRN_CHROMEDRIVER", "/usr/bin/chromedriver")));
    }

    /** CI sets {@code CAIRN_BROWSER_TESTS=required}: a missing browser then fails the build instead of skipping. */
    static boolean required() {
        return "required".equalsIgnoreCase(setting("cairn.browser-tests", "CAIRN_BROWSER_TESTS", ""));
    }

    /** Why the browser tests cannot run here, if they cannot. */
    Optional<String> missing() {
        if (!Files.isExecutable(browser)) {
            return Optional.of("no Chromium at " + browser + " (set CAIRN_CHROMIUM or -Dcairn.chromium)");
        }
        if (!Files.isExecutable(driver)) {
            return Optional.of("no chromedriver at " + driver + " (set CAIRN_CHROMEDRIVER or -Dcairn.chromedriver)");
        }
        return Optional.empty();
    }

    /**
     * Starts a headless Chromium with a fresh profile, recording every console message. Without JavaScript, pages run
     * none of their own scripts, as for someone who turned it off or whose scripts failed to load; Selenium's own
     * scripts (and so axe-core) still run.
     */
    Session start(boolean javaScript) throws IOException {
        Path profile = Files.createTempDirectory("cairn-chromium-");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        List<String> managerCalls = new ArrayList<>();
        Handler watcher = watch(managerCalls);
        ChromeDriver chrome;
        try {
            chrome = new ChromeDriver(service, options(profile));
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        } finally {
            SELENIUM_MANAGER.removeHandler(watcher);
        }
        Session session = new Session(chrome, profile, javaScript);
        // A headless window loses the focus when a page loads, which takes it from whatever a script focused (such as
        // GOV.UK Frontend's error summary); a person's browser window keeps it.
        chrome.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        if (!javaScript) {
            session.pageScripts(false);
        }
        if (!managerCalls.isEmpty()) {
            session.close();
            throw new IllegalStateException("Selenium Manager ran, but must not: " + managerCalls);
        }
        return session;
    }

    private ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(ARGUMENTS);
        options.addArguments("--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        return options;
    }

    /**
     * A running Chromium and the profile directory it owns. Without JavaScript its pages run no scripts of their own
     * (DevTools turns script execution off for the tab, across navigations); Selenium's synchronous scripts still run.
     */
    record Session(ChromeDriver driver, Path profile, boolean javaScript) implements AutoCloseable {

        /**
         * Runs something that needs the page's timers, as axe-core does, even in a session without JavaScript: script
         * execution is allowed while it runs. The page's own scripts, skipped when it loaded, stay unrun.
         */
        <T> T withScripts(Supplier<T> action) {
            if (javaScript) {
                return action.get();
            }
            pageScripts(true);
            try {
                return action.get();
            } finally {
                pageScripts(false);
            }
        }

        private void pageScripts(boolean allowed) {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !allowed));
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                delete(profile);
            }
        }
    }

    private static Handler watch(List<String> messages) {
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                messages.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        handler.setLevel(Level.ALL);
        SELENIUM_MANAGER.setLevel(Level.FINE);
        SELENIUM_MANAGER.addHandler(handler);
        return handler;
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete the Chromium profile " + directory + ": " + e.getMessage());
        }
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
