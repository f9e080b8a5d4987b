package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.cairn.support.DemoUsers;

/**
 * The evidence forms no journey reaches, sent empty so their error summaries show too; every page visited is checked
 * with axe-core. Also the PID page, which shares its template with the MoU.
 */
@BrowserTest
class EvidenceFormsBrowserTests {

    private final Browser browser;

    EvidenceFormsBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void emptyFormsShowTheirErrorsAccessibly() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships");
        browser.follow("Falkirk foster care provision");
        String partnership = browser.path();

        sendEmpty(partnership + "/sroi/new", "Start analysis");
        sendEmpty(partnership + "/outcomes/stakeholders/new", "Save stakeholder group");
        sendEmpty(partnership + "/outcomes/new", "Save outcome");
        browser.open(partnership + "/outcomes/copy");
        browser.open(partnership + "/governance/documents/pid");

        browser.open(partnership + "/sroi");
        browser.follow("Evaluation of the last four quarters");
        String analysis = browser.path();
        browser.open(analysis + "/settings");
        browser.form().clear("title");
        browser.form().press("Save details and settings");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        sendEmpty(analysis + "/inputs/new", "Save input");

        browser.assertEveryVisitedPageAccessible();
    }

    private void sendEmpty(String path, String button) {
        browser.open(path);
        browser.form().press(button);
        assertThat(browser.driver().getTitle()).as(path).startsWith("Error: ");
        assertThat(browser.form().errors()).as(path).isNotEmpty();
    }
}
