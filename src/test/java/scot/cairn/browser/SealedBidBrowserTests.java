package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.AssignmentDetails;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.RoleService;
import scot.cairn.partnership.Role;
import scot.cairn.platform.PlatformClock;
import scot.cairn.support.DemoUsers;
import scot.cairn.tendering.BidContent;
import scot.cairn.tendering.BidService;
import scot.cairn.tendering.TenderingFixture;

/**
 * Sealed bids in a real browser, by keyboard and axe-checked on every page: a provider finds an open tender,
 * expresses interest and sends a bid after a refusal; on another tender, whose deadline has passed, a manager (the
 * administrator, made one) begins
 * the opening and the Procurement Representative completes it, reads the bid, appoints herself to evaluate a question,
 * scores the bid after a refusal and records the moderated score; she recommends the award, board members of both
 * sectors approve it, and she records a challenge during the standstill, which refuses the contract's conclusion.
 */
@BrowserTest
class SealedBidBrowserTests {

    private static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    private final Browser browser;

    @Autowired
    TenderingFixture tendering;

    @Autowired
    DemoUsers users;

    @Autowired
    BidService bids;

    @Autowired
    RoleService roles;

    @Autowired
    scot.cairn.partnership.MembershipService membership;

    @Autowired
    scot.cairn.tendering.DeclarationService declarations;

    SealedBidBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void aProviderSendsASealedBidAndTwoOfficersOpenBidsAfterTheDeadline() {
        long open = tendering.inPilot();
        long openTender =
                tendering.publishedTender(open, LocalDate.now(SCOTLAND).plusDays(5));

        // A tender whose deadline passed yesterday, with one bid sent in time.
        long closed = tendering.inPilot();
        var today = LocalDate.now(SCOTLAND);
        long closedTender = PlatformClock.asOf(
                today.minusDays(10).atStartOfDay(SCOTLAND).toInstant(),
                () -> tendering.publishedTender(closed, today.minusDays(1)));
        var iain = users.current(DemoUsers.IAIN);
        PlatformClock.asOf(today.minusDays(3).atStartOfDay(SCOTLAND).toInstant(), () -> {
            bids.interest(closed, closedTender, iain);
            return bids.send(
                    closed,
                    closedTender,
                    null,
                    new BidContent(
                            Map.of(0, new BigDecimal("3850000")),
                            Map.of(1, "Carers on call through the night, every night."),
                            List.of()),
                    iain);
        });
        var fiona = users.current(DemoUsers.FIONA);
        var admin = users.current(DemoUsers.ADMIN);
        membership.setMember(closed, DemoUsers.ADMIN, scot.cairn.partnership.MemberRole.MANAGER, fiona);
        roles.assign(
                closed,
                new AssignmentDetails(Role.PROCUREMENT_REPRESENTATIVE, DemoUsers.FIONA, GovernanceFixture.SPONSOR_DAYS),
                fiona);
        var declared =
                declarations.declare(closed, null, new scot.cairn.tendering.DeclarationDetails(true, List.of()), fiona);
        declarations.review(
                closed,
                declared.id(),
                declared.version(),
                new scot.cairn.tendering.ReviewDetails(
                        scot.cairn.tendering.ConflictRisk.NONE, java.util.Set.of(), null),
                admin);

        browser.signIn(DemoUsers.IAIN, DemoUsers.PASSWORD);
        browser.open("/tenders");
        browser.waitForHeading("Open tenders");
        // Theatre Nemo's own list holds the tender it bid for, now closed.
        assertThat(browser.findAll("#interested-caption")).hasSize(1);
        browser.open("/partnerships/" + open + "/tenders/" + openTender + "/bid");
        browser.waitForHeading("T-1: Foster care provision");
        browser.form().press("Express interest");
        assertThat(browser.form().banner()).contains("Your organisation’s interest is recorded");
        browser.form().type("price-0", "£3,900,000");
        browser.form().press("Send the bid");
        assertThat(browser.form().errors()).contains("Answer Q1");
        browser.form().followError("Answer Q1");
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("answer-1");
        browser.form().type("answer-1", "Every child keeps a named carer.");
        browser.form().press("Send the bid");
        browser.waitForHeading("T-1: Foster care provision");
        assertThat(browser.form().banner()).contains("Your bid is received and sealed");
        assertThat(browser.findAll("#receipts-caption")).hasSize(1);
        browser.signOut();

        String page = "/partnerships/" + closed + "/tenders/" + closedTender;
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open(page);
        browser.waitForHeading("T-1: Foster care provision");
        browser.form().press("Begin the opening");
        assertThat(browser.form().banner()).contains("The opening is begun");
        browser.signOut();

        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open(page);
        browser.waitForHeading("T-1: Foster care provision");
        browser.form().press("Complete the opening");
        assertThat(browser.form().banner()).contains("one bid was received");
        browser.follow("Read the bids");
        browser.waitForHeading("Bids for T-1");
        assertThat(browser.driver().getPageSource())
                .contains("Theatre Nemo")
                .contains("Carers on call through the night, every night.")
                .contains("£3,850,000.00");

        // The officers' page of clarification questions (none were asked) passes axe too.
        browser.open(page + "/clarifications");
        browser.waitForHeading("Clarification questions for T-1");
        assertThat(browser.driver().getPageSource()).contains("No provider has asked a question.");

        // Fiona appoints herself to evaluate Q1, scores the bid after a refusal and records the moderated score.
        browser.open(page + "/evaluation");
        browser.waitForHeading("Evaluation of T-1");
        browser.form().select("personId", "Fiona Reid, Falkirk Council");
        browser.form().press("Appoint the evaluator");
        assertThat(browser.form().banner()).contains("The evaluator is appointed");
        browser.follow("Q1");
        browser.waitForHeading("Q1 of T-1");
        var bid = browser.findAll("form input[name=score]").get(0).getDomAttribute("id");
        browser.form().type(bid, "4");
        browser.form().press("Save the score for Theatre Nemo");
        assertThat(browser.form().errors()).contains("Explain the score: a justification is required");
        browser.form().type(bid.replace("score-", "justification-"), "Night support is planned in detail.");
        browser.form().press("Save the score for Theatre Nemo");
        assertThat(browser.form().banner()).contains("Your score is saved");
        browser.form().type(bid.replace("score-", "moderated-"), "4");
        browser.form().press("Save the moderated score for Theatre Nemo");
        assertThat(browser.form().banner()).contains("The moderated score is saved");
        browser.follow("Back to the evaluation of T-1");
        assertThat(browser.driver().getPageSource())
                .contains("Totals and ranks")
                .contains("88.00");

        // Fiona recommends the award; she and David approve it for the board, and the standstill begins.
        browser.form().press("Recommend the award to the board");
        assertThat(browser.form().banner()).contains("The award is recommended to the board.");
        browser.submitWith(browser.findAll("#main-content a[href*='/governance/decisions/']")
                .get(0));
        browser.waitForHeading("Award T-1 to Theatre Nemo");
        String decision = browser.path();
        browser.form().press("Approve this decision");
        assertThat(browser.form().banner()).contains("Still needs approval from a third-sector board member.");
        browser.signOut();
        browser.signIn(DemoUsers.DAVID, DemoUsers.PASSWORD);
        browser.open(decision);
        browser.form().press("Approve this decision");
        assertThat(browser.form().banner()).contains("is approved.");
        browser.signOut();

        // The contract record is made; Fiona records a challenge after a refusal, and the contract cannot be
        // concluded while the standstill runs.
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open(page + "/contracts");
        browser.waitForHeading("Standstill and contract for T-1");
        assertThat(browser.text("main")).contains("Theatre Nemo").contains("£3,850,000.00");
        browser.form().type("challenger", "Falkirk CVS");
        browser.form().press("Record the challenge");
        assertThat(browser.form().errors()).contains("Enter the day the challenge was received");
        browser.form().date("receivedOn", today);
        browser.form().type("grounds", "The scoring of price was not explained.");
        browser.form().press("Record the challenge");
        assertThat(browser.form().banner()).contains("The challenge is recorded.");
        browser.form().press("Conclude the contract");
        assertThat(browser.form().errors().get(0))
                .startsWith("A contract cannot be concluded before the standstill ends");
        browser.assertEveryVisitedPageAccessible();
    }
}
