package scot.cairn.browser;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Starts one Chromium per test class against the application Spring started, and quits it after the class. */
final class BrowserExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium chromium = Chromium.configured();
        var missing = chromium.missing();
        if (missing.isPresent()) {
            String reason = "Browser tests in " + context.getDisplayName() + " cannot run: " + missing.get();
            if (Chromium.required()) {
                fail(reason + ", and CAIRN_BROWSER_TESTS=required");
            }
            System.out.println("SKIPPED " + reason);
            Assumptions.abort(reason);
        }
        int port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        context.getStore(NAMESPACE).put(Browser.class, Browser.start(chromium, "http://localhost:" + port));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Browser browser = context.getStore(NAMESPACE).remove(Browser.class, Browser.class);
        if (browser != null) {
            browser.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        browser(context).beforeTest();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        browser(context).afterTest(context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context);
    }

    private static Browser browser(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    }
}
