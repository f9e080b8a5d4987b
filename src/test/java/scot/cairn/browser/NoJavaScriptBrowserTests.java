package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * Core tasks in a browser that runs none of Cairn's scripts (no GOV.UK Frontend, no htmx): every form is a plain
 * HTML form, so signing in, starting a partnership, adding a partner and searching the directory still work.
 */
@BrowserTest(javaScript = false, signOutBeforeEach = false)
class NoJavaScriptBrowserTests {

    private final Browser browser;

    @org.springframework.beans.factory.annotation.Autowired
    scot.cairn.support.DemoUsers users;

    @org.springframework.beans.factory.annotation.Autowired
    scot.cairn.partnership.PartnershipService partnerships;

    NoJavaScriptBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void pagesRunNoScripts() {
        browser.open("/sign-in");

        assertThat(script("return document.body.className;")).isEqualTo("govuk-template__body");
        assertThat(script("return typeof window.htmx;")).isEqualTo("undefined");
    }

    @Test
    void commissionerStartsAPartnershipAndAddsAPartner() {
        browser.signInAs(DemoUsers.FIONA);
        browser.open("/partnerships");
        browser.follow("Start a partnership");
        browser.form().press("Start partnership");
        assertThat(browser.form().errors()).contains("Enter a title", "Choose the market or service area");
        assertThat(browser.form().errorLink("Enter a title")).isEqualTo("#title");

        String title = Unique.name("Without scripts");
        browser.form()
                .type("title", title)
                .select("market", "Housing")
                .type("region", "Falkirk")
                .type("aims", "Plain forms for everyone.")
                .press("Start partnership");
        browser.waitForHeading(title);
        browser.follow("Partners");
        browser.form()
                .select("organisationId", "Falkirk CVS")
                .choose("standing", "CONSULTED")
                .press("Add partner");

        assertThat(browser.form().banner()).contains("Falkirk CVS added: Consulted.");
        assertThat(browser.text("table")).contains("Falkirk CVS", "Third sector", "Consulted");
    }

    @Test
    void directorySearchWorksWithTheSearchButton() {
        browser.signInAs(DemoUsers.FIONA);
        browser.open("/organisations");

        browser.form().type("q", "cvs").press("Search");

        assertThat(browser.path()).isEqualTo("/organisations?q=cvs");
        assertThat(browser.text("#organisation-results table"))
                .contains("Falkirk CVS")
                .doesNotContain("Quarriers");
    }

    @Test
    void anyoneReadsFalkirksPublicPage() {
        browser.driver().manage().deleteAllCookies();
        var fiona = users.current(DemoUsers.FIONA);
        long id = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        browser.open("/public/partnerships/" + id);
        browser.waitForHeading("Falkirk foster care provision");
        browser.assertAccessible();
        assertThat(browser.text("main"))
                .contains("Why we are redesigning foster care support", "Pilot timetable", "You said, we did")
                .contains("Someone to talk to, day and night")
                .doesNotContain("Training before the first placement")
                .doesNotContain("David Kerr");
        assertThat(browser.text("main")).contains("Will the tender be split into lots by area");
        assertThat(browser.text("main")).doesNotContain("Morag Kerr").doesNotContain("Anne Lindsay");

        browser.form().press("Send the question");
        assertThat(browser.form().errors()).contains("Enter the name of the person who asked", "Enter the question");
        browser.form()
                .type("askedBy", "A reader")
                .type("question", "When does the pilot start?")
                .press("Send the question");
        browser.waitForHeading("Thank you for your question");
        browser.follow("Back to Falkirk foster care provision");
        browser.follow("Foster carers: support between placements");
        browser.waitForHeading("Foster carers: support between placements");
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }
}
