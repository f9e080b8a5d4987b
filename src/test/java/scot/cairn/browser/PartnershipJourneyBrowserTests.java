package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * A commissioner's partnership from its start through the gate out of Explore, with the keyboard: Fiona (Falkirk
 * Council, public sector) starts it, brings in Falkirk CVS and David, records the assessment, and the two sectors
 * approve before she moves it on. Also the refusals on the way: an empty details form, advancing too early, stage
 * dates the wrong way round.
 */
@BrowserTest(signOutBeforeEach = false)
class PartnershipJourneyBrowserTests {

    @Autowired
    GovernanceFixture governanceFixture;

    private static final int QUESTIONS = 4;

    private final Browser browser;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    scot.cairn.governance.GroupService groups;

    @Autowired
    scot.cairn.governance.DecisionService decisions;

    PartnershipJourneyBrowserTests(Browser browser) {
        this.browser = browser;
    }

    private GovernanceFixture fixture() {
        return governanceFixture;
    }

    @Test
    void commissionerStartsAPartnershipAndBothSectorsMoveItToDesign() {
        browser.signInAs(DemoUsers.FIONA);
        String title = Unique.name("Journey to Design");
        String overview = start(title);

        assertThat(browser.driver().findElement(By.className("cairn-timeline")).isDisplayed())
                .isTrue();
        assertThat(browser.findAll(".cairn-timeline__stage h3"))
                .extracting(WebElement::getText)
                .containsExactly("Explore", "Design", "Pilot", "Tender", "Delivery");
        emptyDetailsAreRefusedAndTheSummaryLeadsToTheField(overview);
        addPartnerAndMember(overview);
        assessGo(overview);
        // The MoU and the board have their own browser tests; here they are set up through the services.
        long id = Long.parseLong(overview.substring(overview.lastIndexOf('/') + 1));
        fixture().signMou(id);
        fixture().board(id);
        approveGate(overview, "Your approval is recorded.");

        browser.signOut();
        browser.signInAs(DemoUsers.DAVID);
        approveGate(overview, "Your approval is recorded.");
        assertThat(browser.text("main")).contains("The gate is open");

        browser.signOut();
        browser.signInAs(DemoUsers.FIONA);
        browser.open(overview + "/gate");
        browser.form().press("Advance to Design");

        assertThat(browser.path()).isEqualTo(overview);
        assertThat(browser.form().banner()).contains("The partnership moved to Design.");
        assertThat(browser.text(".govuk-summary-list .govuk-tag")).isEqualTo("Design");
        assertThat(browser.text(".cairn-timeline__stage[aria-current='step'] h3"))
                .isEqualTo("Design");
        browser.follow("History");
        browser.waitForHeading("History");
        assertThat(browser.text("table"))
                .contains("Partnership started", "Partner added", "Member added", "Assessment updated")
                .contains("Gate approved", "Stage advanced", "Fiona Reid", "David Kerr");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> {
                    browser.open(overview + "/governance/decisions");
                    assertThat(browser.text("main")).contains("Gate passed: Explore to Design");
                });
    }

    @Test
    void anObserverWithABoardSeatSeesNoApproveButtonAndAManagerNoAdvanceWhileTheGateIsClosed() {
        long id = fixture().newPartnership();
        fixture().board(id);
        var fiona = fixture().users().current(DemoUsers.FIONA);
        fixture().membership().setMember(id, DemoUsers.SAM, scot.cairn.partnership.MemberRole.OBSERVER, fiona);
        long board = fixture().board(id);
        groups.addMember(id, board, scot.cairn.governance.MemberDetails.of(DemoUsers.SAM, true), fiona);
        var draft = decisions.propose(
                id,
                null,
                new scot.cairn.governance.DecisionDetails(
                        "Meet in the evenings",
                        "Carers work days.",
                        null,
                        "Meet at 6pm.",
                        LocalDate.now(),
                        false,
                        null,
                        null,
                        null),
                fiona);

        browser.signInAs(DemoUsers.SAM);
        browser.open("/partnerships/" + id + "/gate");
        assertThat(browser.heading()).isEqualTo("Gate: Explore to Design");
        assertThat(browser.findAll("main button")).isEmpty();
        browser.open("/partnerships/" + id + "/governance/decisions/" + draft.id());
        assertThat(browser.text("main")).contains("Meet in the evenings").doesNotContain("Approve this decision");
        assertThat(browser.findAll("main button")).isEmpty();
        browser.signOut();

        browser.signInAs(DemoUsers.FIONA);
        browser.open("/partnerships/" + id + "/gate");
        assertThat(browser.text("main"))
                .contains("The gate is not open yet", "Not met", "The appropriateness assessment says go");
        assertThat(browser.findAll("main button"))
                .extracting(WebElement::getText)
                .contains("Approve moving to Design")
                .noneMatch(t -> t.startsWith("Advance"));
    }

    @Test
    void stageDatesRefuseAnEndBeforeTheStart() {
        browser.signInAs(DemoUsers.FIONA);
        String overview = start(Unique.name("Dates"));
        browser.follow("Plan stage dates");
        browser.waitForHeading("Stage dates");

        browser.form()
                .date("stages[1].plannedStart", LocalDate.of(2027, 3, 1))
                .date("stages[1].plannedEnd", LocalDate.of(2027, 2, 1))
                .press("Save stage dates");

        String message = "Design: the planned end must be on or after the planned start";
        assertThat(browser.path()).isEqualTo(overview + "/stages");
        assertThat(browser.form().errors()).containsExactly(message);
        assertThat(browser.form().errorLink(message)).isEqualTo("#stages[1].plannedEnd");
        assertThat(browser.form().fieldError("stages[1].plannedEnd")).isEqualTo("Error: " + message);
        assertThat(browser.driver().findElement(By.id("stages[1].plannedStart")).getDomProperty("value"))
                .as("the dates typed are kept")
                .isEqualTo("2027-03-01");
    }

    /** Starts a partnership led by Fiona's own council (so her approval counts) and returns its overview's path. */
    private String start(String title) {
        browser.open("/partnerships");
        browser.follow("Start a partnership");
        browser.waitForHeading("Start a partnership");
        browser.form()
                .type("title", title)
                .select("market", "Children and families")
                .type("region", "Falkirk")
                .type("aims", "Find out together whether a partnership is the right way.")
                .select("leadPartnerId", "Falkirk Council")
                .press("Start partnership");
        browser.waitForHeading(title);
        assertThat(browser.form().banner()).contains("Partnership started. You are its manager.");
        assertThat(browser.text(".cairn-timeline__stage[aria-current='step'] h3"))
                .isEqualTo("Explore");
        assertThat(browser.path()).matches("/partnerships/\\d+");
        return browser.path();
    }

    private void emptyDetailsAreRefusedAndTheSummaryLeadsToTheField(String overview) {
        browser.follow("Change details");
        browser.form()
                .clear("title")
                .select("market", "Choose a market")
                .clear("region")
                .clear("aims")
                .press("Save details");

        assertThat(browser.path()).isEqualTo(overview + "/edit");
        assertThat(browser.form().errors())
                .containsExactlyInAnyOrder(
                        "Enter a title",
                        "Choose the market or service area",
                        "Enter the region",
                        "Describe the partnership’s aims");
        browser.assertAccessible();
        browser.form().followError("Enter the region");
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("region");
        browser.form().clickError("Enter a title");
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("title");
    }

    private void addPartnerAndMember(String overview) {
        browser.open(overview + "/partners");
        browser.form()
                .select("organisationId", "Falkirk CVS")
                .choose("standing", "CORE")
                .press("Add partner");
        assertThat(browser.form().banner()).contains("Falkirk CVS added: Core partner.");
        assertThat(browser.text("table")).contains("Falkirk CVS", "Falkirk Council");

        browser.follow("Members");
        browser.form()
                .type("name", "David Kerr")
                .type("email", DemoUsers.DAVID)
                .choose("role", "MEMBER")
                .press("Send the invitation");
        assertThat(browser.form().banner())
                .contains("David Kerr already has a Cairn account and is now in the partnership: Member.");
        assertThat(browser.text("table")).contains("David Kerr", "Falkirk CVS");

        browser.form().press("Add them");
        assertThat(browser.form().errors())
                .contains(
                        "Enter the person’s name",
                        "Enter what the person agreed to, for example to be phoned about board meetings");
        browser.form()
                .type("fullName", "Ann Brodie")
                .type("phone", "01324 506070")
                .type("consent", "To be phoned about board meetings")
                .press("Add them");
        assertThat(browser.form().banner()).contains("Ann Brodie added: Member.");
        assertThat(browser.text("table")).contains("Ann Brodie", "No email address");
        browser.submitWith(
                browser.driver().findElement(org.openqa.selenium.By.partialLinkText("Contact details and consent")));
        browser.waitForHeading("Ann Brodie");
        assertThat(browser.driver().getPageSource()).contains("Fiona Reid", "01324 506070");
        browser.follow("Back to members");
    }

    private void assessGo(String overview) {
        browser.open(overview + "/assessment");
        FormControls form = browser.form();
        for (int question = 0; question < QUESTIONS; question++) {
            form.type("answers[" + question + "].evidence", "Evidence for question " + (question + 1) + ".")
                    .choose("answers[" + question + "].rating", "STRONG");
        }
        form.choose("decision", "GO").type("reason", "Every question is strongly answered.");
        form.press("Save assessment");
        assertThat(browser.form().banner()).contains("Assessment saved.");
        assertThat(browser.form().errors()).isEmpty();
    }

    private void approveGate(String overview, String done) {
        browser.open(overview + "/gate");
        browser.form().press("Approve moving to Design");
        assertThat(browser.form().banner()).contains(done);
        assertThat(browser.text("main")).contains("You have approved moving to Design.");
    }
}
