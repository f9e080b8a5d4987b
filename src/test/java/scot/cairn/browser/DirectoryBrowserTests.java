package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * What a platform administrator does with the directory and accounts: searching organisations (as you type, and with
 * the Search button that works without JavaScript), adding an organisation and a person, and API tokens.
 */
@BrowserTest(signOutBeforeEach = false)
class DirectoryBrowserTests {

    private final Browser browser;

    DirectoryBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void typingInTheSearchBoxUpdatesTheResultsAndTheAddressWithoutLoadingThePage() {
        browser.signInAs(DemoUsers.ADMIN);
        browser.open("/organisations");
        WebElement page = browser.driver().findElement(By.tagName("html"));

        browser.form().type("q", "falkirk");

        browser.waitUntil(
                d -> browser.text("#organisation-results caption").endsWith("matching “falkirk”"),
                () -> "The results did not change to the search; they show " + browser.text("#organisation-results"));
        browser.waitUntil(
                d -> browser.path().equals("/organisations?q=falkirk"),
                () -> "The address did not change to the search; it is " + browser.path());
        assertThat(ExpectedConditions.stalenessOf(page).apply(browser.driver()))
                .as("the page was updated in place, not loaded again")
                .isFalse();
        assertThat(browser.text("#organisation-results table"))
                .contains("Falkirk Council", "Falkirk CVS")
                .doesNotContain("Quarriers");
        browser.assertAccessible();
    }

    @Test
    void theSearchButtonSendsTheFormAsAPageLoad() {
        browser.signInAs(DemoUsers.ADMIN);
        browser.open("/organisations");

        browser.driver().findElement(By.id("q")).sendKeys("quarriers");
        browser.form().press("Search");

        assertThat(browser.path()).isEqualTo("/organisations?q=quarriers");
        assertThat(browser.text("#organisation-results caption")).endsWith("matching “quarriers”");
        assertThat(browser.text("#organisation-results table"))
                .contains("Quarriers")
                .doesNotContain("Falkirk");
        assertThat(browser.driver().findElement(By.id("q")).getDomProperty("value"))
                .isEqualTo("quarriers");
    }

    @Test
    void anOrganisationAndItsHistoryCanBeOpenedFromTheList() {
        browser.signInAs(DemoUsers.ADMIN);
        browser.open("/organisations?q=Falkirk+CVS");

        browser.follow("Falkirk CVS");
        browser.waitForHeading("Falkirk CVS");
        assertThat(browser.text(".govuk-summary-list")).contains("Third sector");
        browser.follow("See the history of changes");

        browser.waitForHeading("History of changes");
        assertThat(browser.text(".govuk-caption-l")).isEqualTo("Falkirk CVS");
        browser.follow("Back to Falkirk CVS");
        browser.waitForHeading("Falkirk CVS");
    }

    @Test
    void addingAnOrganisationShowsWhatIsMissingFirst() {
        browser.signInAs(DemoUsers.ADMIN);
        browser.open("/organisations");
        browser.follow("Add an organisation");
        browser.waitForHeading("Add an organisation");

        browser.form().press("Add organisation");

        assertThat(browser.driver().getTitle()).isEqualTo("Error: Add an organisation – Cairn");
        assertThat(browser.form().errors())
                .containsExactlyInAnyOrder(
                        "Enter the organisation’s name", "Choose the sector", "Choose the type of organisation");
        browser.form().followError("Choose the sector");
        assertThat(browser.focused().getDomAttribute("id")).isEqualTo("sector");

        String name = Unique.name("Browser Test Trust");
        browser.form()
                .type("name", name)
                .choose("sector", "THIRD")
                .select("type", "Charity")
                .type("region", "Stirling")
                .press("Add organisation");

        browser.waitForHeading(name);
        assertThat(browser.form().banner()).contains(name + " has been added to the directory.");
        assertThat(browser.text(".govuk-summary-list")).contains("Third sector", "Charity", "Stirling");
    }

    @Test
    void administratorAddsAPersonWhoIsInvitedAndChangesThem() {
        browser.signInAs(DemoUsers.ADMIN);
        browser.open("/people");
        browser.follow("Add a person");
        browser.waitForHeading("Add a person");
        String email = "browser." + Unique.suffix() + "@example.org";
        String name = "Rowan " + Unique.suffix();

        browser.form()
                .type("fullName", name)
                .type("email", email)
                .type("jobTitle", "Development worker")
                .select("organisationId", "Falkirk CVS")
                .press("Add person");

        browser.waitForHeading("People");
        assertThat(browser.form().banner())
                .contains(name + " has been added. Cairn has emailed " + email + " a link to choose a password");
        assertThat(row(email)).contains(name, "Falkirk CVS", "Invited: link until");

        browser.follow(name);
        browser.waitForHeading("Change a person’s details");
        browser.form().type("jobTitle", "Partnership lead").press("Save changes");

        assertThat(browser.form().banner()).contains("The changes to " + name + " have been saved.");
        browser.follow(name);
        assertThat(browser.driver().findElement(By.id("jobTitle")).getDomProperty("value"))
                .isEqualTo("Partnership lead");
        browser.follow("See the history of changes to this person");
        browser.waitForHeading("History of changes");
        assertThat(browser.text("table")).contains("Partnership lead");
    }

    @Test
    void aNewApiTokenIsShownOnceAndCanBeRevoked() {
        browser.signInAs(DemoUsers.ADMIN);
        browser.open("/account");
        String name = Unique.name("browser token");

        browser.form().type("name", name).press("Create token");

        assertThat(browser.path()).isEqualTo("/account/tokens");
        assertThat(browser.form().banner()).contains("Copy your new token “" + name + "” now");
        assertThat(browser.text("#new-token-secret")).startsWith("cairn_").hasSizeGreaterThan(30);
        assertThat(row(name)).contains("Active");
        browser.open("/account");
        assertThat(browser.findAll("#new-token-secret"))
                .as("the secret is shown once")
                .isEmpty();

        browser.form().press("Revoke token “" + name + "”");

        assertThat(browser.form().banner()).contains("The token has been revoked.");
        assertThat(row(name)).contains("Revoked").doesNotContain("Active");
    }

    /** The text of the table row that mentions this text. */
    private String row(String text) {
        return browser.driver()
                .findElement(By.xpath("//main//tr[contains(., '" + text + "')]"))
                .getText();
    }
}
