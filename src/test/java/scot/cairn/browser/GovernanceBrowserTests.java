package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.RoleService;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/** The governance pages of the Falkirk foster-care PSP, as its manager sees them, including refused forms. */
@BrowserTest
class GovernanceBrowserTests {

    private final Browser browser;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    GroupService groups;

    @Autowired
    RoleService roles;

    @Autowired
    DemoUsers users;

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
            browser.driver()
                    .findElement(By.xpath(
                            "//button[normalize-space()='Add member' or " + "normalize-space()='Add organisation']"))
                    .click();
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
}
