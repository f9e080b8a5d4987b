package scot.cairn.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import scot.cairn.support.DemoUsers;

/**
 * Cairn on a random port with the demo data, driven by a headless Chromium: declare a {@link Browser} constructor
 * or method parameter. All classes with this annotation share one application context (not the MockMvc one of
 * {@code @CairnTest}); each class gets its own browser, which signs out before each test. After each test every
 * page the browser loaded must have passed axe-core (WCAG 2.2 AA) and the console must show no Content Security
 * Policy violations. Without Chromium the tests are skipped, saying why, unless {@code CAIRN_BROWSER_TESTS=required}.
 * {@code javaScript = false} gives the class a browser that runs none of Cairn's scripts; {@code signOutBeforeEach =
 * false} keeps the cookies from test to test, so that {@link Browser#signInAs} signs in once for the whole class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({
    DemoUsers.class,
    scot.cairn.governance.GovernanceFixture.class,
    scot.cairn.outcome.OutcomeFixtures.class,
    scot.cairn.sroi.SroiFixture.class,
    scot.cairn.tendering.TenderingFixture.class
})
@ExtendWith(BrowserExtension.class)
@org.junit.jupiter.api.Tag("browser")
public @interface BrowserTest {

    /** Whether pages may run their scripts; false proves that a task works without JavaScript. */
    boolean javaScript() default true;

    /** Whether the browser forgets its cookies, and so signs out, before each test. */
    boolean signOutBeforeEach() default true;
}
