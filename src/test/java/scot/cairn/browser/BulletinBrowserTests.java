package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.support.DemoUsers;

/**
 * Fiona writes a bulletin to the forum of informed providers, both board members approve it, Fiona sends it and turns
 * the public page on, where anyone reads it. Every page is checked with axe.
 */
@BrowserTest
class BulletinBrowserTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    GroupService groups;

    @Autowired
    DecisionService decisions;

    @Autowired
    DemoUsers users;

    private final Browser browser;

    BulletinBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void aBulletinIsWrittenApprovedByBothSectorsSentAndPublished() {
        long id = governance.newPartnership();
        governance.board(id);
        var fiona = users.current(DemoUsers.FIONA);
        var forum = groups.create(id, GroupKind.INFORMED_PROVIDERS, fiona);
        groups.addProvider(id, forum.id(), governance.org("Quarriers"), fiona);
        var d = decisions.propose(
                id,
                null,
                new DecisionDetails(
                        "Have a public page", "Fairness.", "", "Yes.", LocalDate.now(), true, null, null, null),
                fiona);
        var once = decisions.approve(id, d.id(), d.version(), fiona);
        decisions.approve(id, d.id(), once.version(), users.current(DemoUsers.DAVID));

        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships/" + id);
        browser.follow("Outside providers");
        browser.waitForHeading("Outside providers");
        browser.follow("Write a bulletin");
        browser.form().press("Save the draft");
        assertThat(browser.form().errors()).contains("Enter a title", "Enter what the bulletin says");
        browser.form()
                .type("title", "Pilot starts in May")
                .type("body", "The pilot starts in May.")
                .press("Save the draft");
        browser.waitForHeading("B-1 Pilot starts in May");
        assertThat(browser.findAll("#send"))
                .as("no sending before the board approved")
                .isEmpty();
        browser.form().press("Approve these words");
        assertThat(browser.form().banner()).contains("Your approval of B-1 is recorded.");
        assertThat(browser.text("main")).contains("Still needs approval from a third-sector board member.");

        browser.signIn(DemoUsers.DAVID, DemoUsers.PASSWORD);
        browser.open("/partnerships/" + id + "/bulletins");
        browser.follow("B-1 Pilot starts in May");
        browser.form().press("Approve these words");
        assertThat(browser.text("#status")).isEqualTo("Approved, not sent");

        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships/" + id + "/bulletins");
        browser.follow("B-1 Pilot starts in May");
        browser.form().press("Send to the forum");
        assertThat(browser.form().banner()).contains("B-1 is sent to every organisation in the forum and published.");
        assertThat(browser.text("#status")).isEqualTo("Sent and published");

        browser.open("/partnerships/" + id + "/bulletins");
        browser.form().press("Turn the public page on");
        assertThat(browser.form().errors()).contains("Choose the board’s decision to have a public page");
        browser.form().select("decisionId", "D-1 Have a public page").press("Turn the public page on");
        assertThat(browser.form().banner()).contains("The public page is on.");
        browser.follow("Open the public page");
        assertThat(browser.text("main")).contains("B-1 Pilot starts in May", "The pilot starts in May.");
    }

    @Test
    void theTeamEntersAssignsAnswersAndPublishesAnEnquiry() {
        long id = governance.newPartnership();
        governance.board(id);
        var fiona = users.current(DemoUsers.FIONA);
        var forum = groups.create(id, GroupKind.INFORMED_PROVIDERS, fiona);
        groups.addProvider(id, forum.id(), governance.org("Quarriers"), fiona);

        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships/" + id + "/bulletins");
        browser.follow("Enquiries and their answers");
        browser.waitForHeading("Enquiries");
        browser.form().press("Enter the enquiry");
        assertThat(browser.form().errors())
                .contains(
                        "Enter the name of the person who asked", "Choose how the enquiry came", "Enter the question");
        browser.form()
                .type("askedBy", "Morag Kerr")
                .select("organisationId", "Quarriers")
                .select("channel", "Phone")
                .type("question", "Morag asks: will <b>TUPE</b> apply?")
                .press("Enter the enquiry");
        browser.waitForHeading("Enquiry Q-1");
        assertThat(browser.text("#question")).isEqualTo("Morag asks: will <b>TUPE</b> apply?");
        browser.form().select("assigneeId", "Fiona Reid").press("Save who answers it");
        assertThat(browser.form().banner()).contains("Who answers Q-1 is saved.");
        browser.form().press("Record the answer");
        assertThat(browser.form().errors()).contains("Enter the answer");
        browser.form()
                .type("answer-words", "It may; the specification will say.")
                .press("Record the answer");
        assertThat(browser.form().banner()).contains("The answer to Q-1 is recorded.");
        browser.form()
                .clear("publish-words")
                .type("publish-words", "Will TUPE apply?")
                .press("Publish on the public page");
        assertThat(browser.form().banner()).contains("Q-1 and its answer are published on the public page.");

        browser.open("/partnerships/" + id + "/parity");
        browser.waitForHeading("Information parity");
        assertThat(browser.text("#no-gaps")).contains("Every provider has received everything recorded");
        browser.form().press("Record it");
        assertThat(browser.form().errors()).contains("Choose the providers that received it");
        browser.form().select("kind", "Paper or document").type("subject", "Draft specification");
        browser.driver()
                .findElement(org.openqa.selenium.By.cssSelector("input[name=organisationIds]"))
                .sendKeys(org.openqa.selenium.Keys.SPACE);
        browser.form().date("sharedOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
        browser.form().press("Record it");
        assertThat(browser.form().banner()).contains("Recorded in the ledger.");
        assertThat(browser.text("main")).contains("Draft specification", "Not received by");
    }
}
