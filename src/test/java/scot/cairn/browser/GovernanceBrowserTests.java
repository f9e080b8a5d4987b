package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.directory.PersonService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.governance.RoleService;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/** The governance pages of the Falkirk foster-care PSP, as its manager sees them, including refused forms. */
@BrowserTest
class GovernanceBrowserTests {

    @Autowired
    GovernanceFixture governanceFixture;

    private final Browser browser;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    GroupService groups;

    @Autowired
    RoleService roles;

    @Autowired
    DemoUsers users;

    @Autowired
    PersonService people;

    GovernanceBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void everyGovernancePageIsAccessibleAlsoWithErrors() {
        var fiona = users.current(DemoUsers.FIONA);
        long id = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        String base = "/partnerships/" + id + "/governance";
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);

        browser.open(base);
        assertThat(browser.heading()).isEqualTo("Governance");
        for (var g : groups.groups(id, fiona)) {
            browser.open(base + "/groups/" + g.id());
            // Wait for the refused form to load: checking right after a click may still see the page before it.
            browser.submitWith(browser.driver()
                    .findElement(By.xpath(
                            "//button[normalize-space()='Add member' or " + "normalize-space()='Add organisation']")));
            assertThat(browser.driver().findElements(By.className("govuk-error-summary")))
                    .isNotEmpty();
        }
        browser.open(base + "/roles");
        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Assign role']"))
                .click();
        assertThat(browser.driver().getPageSource()).contains("Choose a role");
        browser.open(base + "/roles/" + roles.assignments(id, fiona).get(0).id() + "/edit");
        browser.open(base + "/capacity");
        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Save capacity']"))
                .click();
        browser.open(base + "/responsibilities");
        browser.open("/partnerships/" + id);
        browser.assertEveryVisitedPageAccessible();
    }

    @Test
    void warningsOfAPartnershipWithoutGovernanceAreAccessible() {
        var fiona = users.current(DemoUsers.FIONA);
        long id = partnerships
                .start(
                        new PartnershipDetails(
                                Unique.name("Browser governance"),
                                Market.SOCIAL_CARE,
                                "Falkirk",
                                "Check the warnings.",
                                fiona.organisationId()),
                        fiona)
                .id();
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);

        browser.open("/partnerships/" + id);
        assertThat(browser.driver().findElements(By.className("govuk-warning-text")))
                .isNotEmpty();
        browser.open("/partnerships/" + id + "/governance");
        browser.driver().findElement(By.id("standard")).click();
        browser.open("/partnerships/" + id + "/governance/roles");
        browser.open("/partnerships/" + id + "/governance/responsibilities");
        browser.assertEveryVisitedPageAccessible();
    }

    GovernanceFixture fixture() {
        return governanceFixture;
    }

    @Test
    void assigningRolesThroughTheFormRefusesRuleBreakingAssignments() {
        var fixture = fixture();
        long id = fixture.newPartnership();
        // Fresh people: days committed add up across partnerships and runs on a shared database.
        var director = fixture.member(id, "Falkirk Council");
        var colleague = fixture.member(id, "Falkirk Council");
        var chief = fixture.member(id, "Falkirk CVS");
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships/" + id + "/governance/roles");

        browser.form()
                .select("role", "Senior Sponsor")
                .type("email", director.email())
                .type("daysPerMonth", "2")
                .press("Assign role");
        assertThat(browser.form().banner()).contains("Role assigned: " + director.fullName() + ", Senior Sponsor.");

        browser.form()
                .select("role", "Senior Sponsor")
                .type("email", colleague.email())
                .type("daysPerMonth", "1")
                .press("Assign role");
        String second = "Falkirk Council already has a Senior Sponsor; each core partner has one";
        assertThat(browser.form().errors()).containsExactly(second);
        assertThat(browser.form().errorLink(second)).isEqualTo("#role");
        browser.form().followError(second);
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("role");

        browser.form()
                .select("role", "Procurement Representative")
                .type("email", chief.email())
                .type("daysPerMonth", "1")
                .press("Assign role");
        assertThat(browser.form().errors())
                .containsExactly("The Procurement Representative must come from a public-sector partner; Falkirk CVS is"
                        + " not public sector");
        assertThat(roles.assignments(id, users.current(DemoUsers.FIONA))).hasSize(1);
        browser.assertEveryVisitedPageAccessible();
    }

    @Test
    void bothSectorsApproveAJointDecision() {
        var fixture = fixture();
        long id = fixture.newPartnership();
        var fiona = users.current(DemoUsers.FIONA);
        long board = groups.setUpStandard(id, fiona).stream()
                .filter(g -> g.kind() == GroupKind.BOARD)
                .findFirst()
                .orElseThrow()
                .id();
        groups.addMember(id, board, MemberDetails.of(DemoUsers.FIONA, false), fiona);
        groups.addMember(id, board, MemberDetails.of(DemoUsers.DAVID, false), fiona);
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships/" + id + "/governance");
        browser.follow("Decision log");
        browser.follow("Record a decision");

        browser.form().press("Record decision");
        assertThat(browser.form().errors())
                .contains("Enter a title for the decision", "Choose whether this is a joint decision");
        browser.form()
                .type("title", "Proceed to the Pilot stage")
                .type("context", "The design is agreed and the MoU is signed.")
                .type("decision", "Proceed to Pilot in April.")
                .date("decisionDate", LocalDate.now().plusDays(1))
                .choose("joint", "true")
                .select("gate", "Design to Pilot")
                .press("Record decision");
        assertThat(browser.form().errors()).containsExactly("The date of the decision must be today or in the past");
        browser.form().date("decisionDate", LocalDate.now()).press("Record decision");
        assertThat(browser.form().banner()).contains("D-1 proposed");
        assertThat(browser.text(".govuk-tag")).isEqualTo("Awaiting approval");

        browser.form().press("Approve this decision");
        assertThat(browser.form().banner())
                .contains("Your approval of D-1 is recorded.")
                .contains("Still needs approval from a third-sector board member.");
        String decision = browser.path();

        browser.signOut();
        browser.signIn(DemoUsers.DAVID, DemoUsers.PASSWORD);
        browser.open(decision);
        browser.form().press("Approve this decision");
        assertThat(browser.form().banner()).contains("D-1 is approved.");
        assertThat(browser.text(".govuk-tag")).isEqualTo("Approved");
        assertThat(browser.text("main")).contains("Fiona Reid", "Falkirk Council", "David Kerr", "Falkirk CVS");
        browser.assertEveryVisitedPageAccessible();
    }
}
