package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import scot.cairn.support.DemoUsers;

/**
 * The pricing model and the service specification in a real browser, axe-checked on every page: Fiona adds a rate to
 * Falkirk's rate card by keyboard, after a refusal, edits the approved specification into a new version that takes
 * the rate in, and is refused approval while David's changed declaration waits for review.
 */
@BrowserTest
class SpecificationBrowserTests {

    private final Browser browser;

    @org.springframework.beans.factory.annotation.Autowired
    DemoUsers users;

    @org.springframework.beans.factory.annotation.Autowired
    scot.cairn.tendering.DeclarationService declarations;

    SpecificationBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void aRateReachesTheSpecificationWhichTheBoardCannotApproveWhileADeclarationWaits() {
        // David saves his declaration again, as members do when something changes: it waits for review.
        var david = users.current(DemoUsers.DAVID);
        long falkirk = users.bean(scot.cairn.partnership.PartnershipService.class).mine(david).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        var his = declarations.declarations(falkirk, david).mine();
        declarations.declare(
                falkirk,
                his.version(),
                new scot.cairn.tendering.DeclarationDetails(
                        false,
                        java.util.List.of(new scot.cairn.tendering.DeclarationDetails.InterestDetails(
                                scot.cairn.tendering.InterestKind.EMPLOYER,
                                david.organisationId(),
                                "Chief Executive of Falkirk CVS, which may bid for the service."))),
                david);

        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Tender");
        browser.waitForHeading("The road to tender");
        browser.follow("Change the pricing model");
        browser.waitForHeading("Pricing model");
        String item = "Sibling group placement " + System.nanoTime();
        browser.form().type("rates[5].item", item).type("rates[5].price", "1100");
        browser.form().press("Save the pricing model");
        assertThat(browser.form().errors())
                .contains("Enter the unit rate 6 is paid per, such as a week or a placement");
        assertThat(browser.form().fieldError("rates[5].unit")).contains("Enter the unit rate 6 is paid per");
        browser.form().type("rates[5].unit", "week");
        browser.form().press("Save the pricing model");
        browser.waitForHeading("The road to tender");
        assertThat(browser.form().banner()).contains("pricing model is saved");
        assertThat(browser.driver().getPageSource()).contains(item, "£1,100.00");

        browser.follow("Read the service specification, its versions and approvals");
        browser.waitForHeading("Service specification");
        assertThat(browser.driver().getPageSource()).contains("From the partnership’s records");
        browser.follow("Edit (makes a new version)");
        browser.waitForHeading("Edit the service specification");
        browser.form().type("sections[pricing]", "A weekly fee per child placed, including sibling groups.");
        browser.form().press("Save");
        browser.waitForHeading("Service specification");
        assertThat(browser.form().banner()).containsPattern("Specification version \\d+ saved");
        assertThat(browser.driver().getPageSource())
                .contains(item + ": £1,100.00 per week", "including sibling groups");

        browser.submitWith(browser.driver().findElement(org.openqa.selenium.By.id("sign")));
        browser.waitForHeading("Service specification");
        assertThat(browser.form().errors())
                .anySatisfy(e -> assertThat(e).contains("waits for review", "cannot approve the specification yet"));
        browser.assertEveryVisitedPageAccessible();
    }
}
