package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.DemoUsers;

/** Two Senior Sponsors sign the MoU in turn, and the gate out of Explore sees it; the edit and compare pages. */
@BrowserTest
class DocumentBrowserTests {

    @Autowired
    GovernanceFixture governanceFixture;

    static final String MOU_CRITERION = "The MoU is signed by every core partner’s Senior Sponsor";

    private final Browser browser;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    DocumentService documents;

    DocumentBrowserTests(Browser browser) {
        this.browser = browser;
    }

    GovernanceFixture fixture() {
        return governanceFixture;
    }

    String criterionStatus() {
        return browser.driver()
                .findElement(By.xpath("//tr[th[normalize-space()=\"" + MOU_CRITERION + "\"]]/td[1]"))
                .getText();
    }

    @Test
    void twoSponsorsSignTheMouInTurnAndTheGateCriterionBecomesMet() {
        var fixture = fixture();
        long id = fixture.newPartnership();
        fixture.sponsors(id);
        String doc = "/partnerships/" + id + "/governance/documents/mou";

        browser.signInAs(DemoUsers.FIONA);
        browser.open("/partnerships/" + id + "/governance");
        browser.follow("MoU and PID");
        browser.follow("Memorandum of Understanding");
        browser.follow("Write the MoU");
        browser.form().press("Save");
        assertThat(browser.form().errors()).contains("Enter the parties of the MoU");
        for (var s : DocumentKind.MOU.sections()) {
            browser.form().type("sections[" + s.key() + "]", s.heading() + " as agreed by both partners.");
        }
        browser.form().press("Save");
        browser.waitForHeading("Memorandum of Understanding");
        browser.form().press("Sign version 1");
        assertThat(browser.text("main")).contains("You signed version 1 of the MoU.");
        browser.open("/partnerships/" + id + "/gate");
        assertThat(criterionStatus()).isEqualTo("Not met");

        browser.signOut();
        browser.signInAs(DemoUsers.DAVID);
        browser.open(doc);
        assertThat(browser.text("main")).contains("Fiona Reid", "Falkirk Council");
        browser.form().press("Sign version 1");
        assertThat(browser.text("main"))
                .contains("Signed by the Senior Sponsor of every core partner: Falkirk CVS, Falkirk Council.");
        browser.open("/partnerships/" + id + "/gate");
        assertThat(criterionStatus()).isEqualTo("Met");
        browser.assertEveryVisitedPageAccessible();
    }

    @Test
    void theComparePageAndAReplacedVersionAreAccessible() {
        var fixture = fixture();
        long id = fixture.newPartnership();
        fixture.signMou(id);
        var fiona = users.current(DemoUsers.FIONA);
        var text = GovernanceFixture.text(DocumentKind.MOU, "agreed");
        text.put("purpose", "Purpose: agreed\nA second line added in version 2.");
        documents.save(id, DocumentKind.MOU, 1, null, text, fiona);
        String doc = "/partnerships/" + id + "/governance/documents/mou";

        browser.signInAs(DemoUsers.FIONA);
        browser.open(doc);
        browser.form().select("from", "Version 1").select("to", "Version 2");
        browser.form().press("Compare");
        assertThat(browser.heading()).isEqualTo("Compare MoU version 1 with version 2");
        assertThat(browser.text("main")).contains("A second line added in version 2.", "No change");
        browser.open(doc + "/versions/1");
        assertThat(browser.text("main")).contains("This version has been replaced.");
        browser.open(doc + "/edit");
        browser.form().clear("sections[parties]");
        browser.form().press("Save");
        assertThat(browser.form().errors()).contains("Enter the parties of the MoU");
        browser.assertEveryVisitedPageAccessible();
    }
}
