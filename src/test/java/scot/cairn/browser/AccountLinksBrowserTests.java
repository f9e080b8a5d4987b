package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.directory.OrganisationService;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.TestAccounts;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.MailLinks;
import scot.cairn.support.TestMail;
import scot.cairn.support.Unique;

/**
 * The journeys that start in an email: "Forgot your password?" with the link taken from the email the SMTP server
 * received, and an invitation into a partnership, from the manager's form to the invitee landing in it signed in.
 * Every page on the way passes axe.
 */
@BrowserTest
class AccountLinksBrowserTests {

    private static final String NEW_PASSWORD = "a fresh browser pass phrase 5";

    private final Browser browser;

    @Autowired
    DemoUsers users;

    @Autowired
    AccountAdministration administration;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    OrganisationService organisations;

    AccountLinksBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @BeforeAll
    static void mailServer() {
        TestMail.server();
    }

    @Test
    void aForgottenPasswordIsResetWithTheLinkFromTheEmail() {
        var me = new TestAccounts(users, administration).register("Browser Forgetter", false);
        browser.open("/sign-in");
        browser.follow("Forgot your password?");
        browser.waitForHeading("Reset your password");
        browser.form().press("Send the link");
        assertThat(browser.form().errors()).containsExactly("Enter your email address");

        browser.form().type("email", me.email()).press("Send the link");
        browser.waitForHeading("Check your email");

        String link = MailLinks.path(MailLinks.latest(me.email(), 1), "/password-reset/");
        browser.open(link);
        browser.waitForHeading("Choose a new password");
        browser.form()
                .type("password", NEW_PASSWORD)
                .type("confirmPassword", "not the same pass phrase 6")
                .press("Save the new password");
        assertThat(browser.form().errors()).hasSize(1);

        browser.form()
                .type("password", NEW_PASSWORD)
                .type("confirmPassword", NEW_PASSWORD)
                .press("Save the new password");
        browser.waitForHeading("Your account");
        assertThat(browser.form().banner()).contains("Your new password is saved.");

        browser.open(link);
        browser.waitForHeading("This link has already been used");
        browser.follow("Ask for a new link");
        browser.waitForHeading("Reset your password");
    }

    @Test
    void anInviteeChoosesTheirPasswordAndLandsInThePartnership() {
        long council = organisations.search("Falkirk Council").get(0).id();
        var p = partnerships.start(
                new PartnershipDetails(
                        Unique.name("Browser invitations"), Market.CHILDREN_AND_FAMILIES, "Falkirk", "Aims", council),
                users.current(DemoUsers.FIONA));
        String name = Unique.name("Browser Invitee");
        String email = "browser.invitee." + Unique.suffix() + "@test.example";

        browser.signInAs(DemoUsers.FIONA);
        browser.open("/partnerships/" + p.id() + "/members");
        browser.form()
                .type("name", name)
                .type("email", email)
                .choose("role", "MEMBER")
                .press("Send the invitation");
        assertThat(browser.form().banner()).contains("Invitation sent to " + name);
        assertThat(browser.text("table")).contains(name, "Invited: the link works until");
        browser.signOut();

        String link = MailLinks.path(MailLinks.latest(email, 1), "/invitations/");
        browser.open(link);
        browser.waitForHeading("Welcome to Cairn");
        browser.form()
                .type("password", NEW_PASSWORD)
                .type("confirmPassword", NEW_PASSWORD)
                .press("Save the password and continue");
        browser.waitForHeading(p.title());
        assertThat(browser.form().banner()).contains("Your password is saved and you are signed in.");
    }
}
