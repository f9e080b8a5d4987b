package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.DemoUsers;
import scot.cairn.tendering.TenderingFixture;

/**
 * Drawing a tender in a real browser, axe-checked on every page: once the board has approved the specification,
 * Fiona draws one by keyboard, after a refusal, reads it, adds a question and a lot, each after a refusal, and is told
 * why the tender is not ready to publish.
 */
@BrowserTest
class TenderBrowserTests {

    private final Browser browser;

    @Autowired
    TenderingFixture tendering;

    @Autowired
    DocumentService documents;

    @Autowired
    scot.cairn.support.DemoUsers users;

    TenderBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void theProcurementRepresentativeDrawsATenderFromTheApprovedSpecification() {
        long id = tendering.inPilot();
        var fiona = users.current(DemoUsers.FIONA);
        var v = documents.save(
                id, DocumentKind.SPEC, 0, null, GovernanceFixture.text(DocumentKind.SPEC, "agreed"), fiona);
        var signed = documents.sign(id, DocumentKind.SPEC, v.number(), v.version(), fiona);
        documents.sign(id, DocumentKind.SPEC, v.number(), signed.version(), users.current(DemoUsers.DAVID));
        var start = LocalDate.now().plusMonths(2);

        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships/" + id);
        browser.follow("Tender");
        browser.waitForHeading("The road to tender");
        browser.follow("Draw a tender from the approved specification");
        browser.waitForHeading("Draw a tender");
        browser.form().press("Draw the tender");
        assertThat(browser.form().errors()).contains("Enter the tender’s title", "Enter the deadline for bids");
        browser.form()
                .type("title", "Foster care provision")
                .type("estimatedValue", "4200000")
                .date("publication", start)
                .date("clarificationDeadline", start.plusDays(21))
                .date("bidDeadline", start.plusDays(35))
                .date("evaluationEnd", start.plusDays(56))
                .date("intendedAward", start.plusDays(63))
                .date("contractStart", start.plusDays(90));
        browser.form().press("Draw the tender");
        browser.waitForHeading("T-1: Foster care provision");
        assertThat(browser.form().banner()).contains("T-1 is drawn");
        assertThat(browser.driver().getPageSource()).contains("Quality 60%, price 30%, community benefits 10%");

        browser.form()
                .choose("criterion", "QUALITY")
                .type("text", "How will you keep placements stable?")
                .type("guidance", "A good answer names the support carers get at night.")
                .type("weight", "70");
        browser.form().press("Add the question");
        assertThat(browser.form().errors())
                .contains("Quality questions would weigh 70%, more than the 60% Quality weighs in the tender");
        browser.form().type("weight", "40");
        browser.form().press("Add the question");
        browser.waitForHeading("T-1: Foster care provision");
        assertThat(browser.form().banner()).contains("Q1 is added");
        assertThat(browser.driver().getPageSource()).contains("Quality: the questions weigh 40% of 60%");

        browser.form()
                .type("title", "Falkirk")
                .type("description", "Children and young people placed by Falkirk Council")
                .type("estimatedValue", "5000000");
        browser.form().press("Add the lot");
        assertThat(browser.form().errors())
                .contains("The lots would be worth £5,000,000.00 together, more than the tender’s £4,200,000.00");
        browser.form().type("estimatedValue", "2500000");
        browser.form().press("Add the lot");
        browser.waitForHeading("T-1: Foster care provision");
        assertThat(browser.form().banner()).contains("Lot 1 is added");
        browser.form().press("Ask the board to publish the tender");
        browser.waitForHeading("T-1: Foster care provision");
        assertThat(browser.driver().getPageSource())
                .contains("The tender is not ready to publish")
                .contains("The questions under Quality weigh 40%, but Quality counts for 60%");
        browser.follow("Q1");
        browser.waitForHeading("Change Q1");
        browser.assertEveryVisitedPageAccessible();
    }
}
