package scot.cairn.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Starts one Chromium per test class against the application Spring started, and quits it after the class. */
final class BrowserExtension
        implements ExecutionCondition,
                BeforeAllCallback,
                AfterAllCallback,
                BeforeEachCallback,
                AfterEachCallback,
                ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    /**
     * Without Chromium the class is skipped, so not even the application starts; JUnit then reports each of its tests
     * as skipped with the reason. When the browser tests are required, the class runs and fails in
     * {@link #beforeAll}.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> missing = Chromium.configured().missing();
        if (missing.isEmpty() || Chromium.required()) {
            return ConditionEvaluationResult.enabled("Chromium is installed, or the browser tests are required");
        }
        String reason = "Browser tests skipped: " + missing.get();
        if (context.getTestMethod().isEmpty()) {
            System.out.println("SKIPPED " + context.getDisplayName() + ". " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Chromium chromium = Chromium.configured();
        Optional<String> missing = chromium.missing();
        if (missing.isPresent()) {
            fail("CAIRN_BROWSER_TESTS=required, but the browser tests cannot run: " + missing.get());
        }
        int port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
        BrowserTest settings = settings(context);
        context.getStore(NAMESPACE)
                .put(Browser.class, Browser.start(chromium, "http://localhost:" + port, settings.javaScript()));
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
        browser(context).beforeTest(settings(context).signOutBeforeEach());
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

    private static BrowserTest settings(ExtensionContext context) {
        return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), BrowserTest.class)
                .orElseThrow(() -> new IllegalStateException(
                        context.getRequiredTestClass() + " uses the browser but is not annotated @BrowserTest"));
    }

    private static Browser browser(ExtensionContext context) {
        return context.getStore(NAMESPACE).get(Browser.class, Browser.class);
    }
}
