package scot.cairn.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.identity.TestAccounts;
import scot.cairn.partnership.MemberRole;
import scot.cairn.platform.Message;
import scot.cairn.platform.mail.MailOutbox;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.MailLinks;
import scot.cairn.support.SessionCookie;
import scot.cairn.support.TestMail;
import scot.cairn.support.Unique;

/**
 * A manager invites someone new from the members page: they are listed as invited at once, receive an email (through
 * a real SMTP server), choose their password with its link, and land in the partnership signed in.
 */
@CairnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationPagesIntegrationTests extends PartnershipPageSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailOutbox outbox;

    @BeforeAll
    void mailServer() {
        TestMail.server();
    }

    @Test
    void aNewPersonIsListedAsInvitedChoosesAPasswordAndLandsInThePartnership() throws Exception {
        var p = startAsFiona();
        String members = "/partnerships/" + p.id() + "/members";
        String name = Unique.name("Moira Invitee");
        String email = "moira." + Unique.suffix() + "@test.example";

        post(
                        members.replace("/members", "/invitations"),
                        DemoUsers.FIONA,
                        "name",
                        name,
                        "email",
                        email,
                        "role",
                        "MEMBER")
                .andExpect(redirectedUrl(members))
                .andExpect(flash().attribute("done", Message.of("partnership.invite.sent", name, email)));
        assertThat(view(p.id()).members()).anyMatch(m -> email.equals(m.email()) && m.role() == MemberRole.MEMBER);
        assertThat(page(members, DemoUsers.FIONA)).contains(esc(name), "Invited: the link works until");
        assertThat(page("/partnerships/" + p.id() + "/history", DemoUsers.FIONA))
                .contains("Member invited");

        var invitation = MailLinks.latest(email, 1);
        assertThat(MailLinks.subject(invitation)).isEqualTo("Fiona Reid invited you to Cairn");
        assertThat(TestMail.part(invitation, "text/plain")).contains("Fiona Reid invited you to join " + p.title());
        String link = MailLinks.path(invitation, "/invitations/");
        mvc.perform(MockMvcRequestBuilders.get(link))
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"));

        var accepted = mvc.perform(MockMvcRequestBuilders.post(link)
                        .param("password", TestAccounts.PASSWORD)
                        .param("confirmPassword", TestAccounts.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/partnerships/" + p.id()))
                .andExpect(authenticated().withUsername(email))
                .andReturn();
        mvc.perform(MockMvcRequestBuilders.get("/partnerships/" + p.id()).cookie(SessionCookie.of(accepted)))
                .andExpect(status().isOk());
        assertThat(page(members, DemoUsers.FIONA)).doesNotContain("Invited: the link works until");

        mvc.perform(MockMvcRequestBuilders.get(link))
                .andExpect(status().isGone())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("This link has already been used"));
    }

    @Test
    void invitingAgainReplacesTheLinkAndAnExpiredLinkSaysSo() throws Exception {
        var p = startAsFiona();
        String invitations = "/partnerships/" + p.id() + "/invitations";
        String name = Unique.name("Slow Invitee");
        String email = "slow." + Unique.suffix() + "@test.example";
        post(invitations, DemoUsers.FIONA, "name", name, "email", email, "role", "OBSERVER");
        String first = MailLinks.path(MailLinks.latest(email, 1), "/invitations/");
        post(invitations, DemoUsers.FIONA, "name", name, "email", email, "role", "MEMBER")
                .andExpect(flash().attribute("done", Message.of("partnership.invite.sent", name, email)));
        String second = MailLinks.path(MailLinks.latest(email, 2), "/invitations/");

        assertThat(second).isNotEqualTo(first);
        mvc.perform(MockMvcRequestBuilders.get(first)).andExpect(status().isNotFound());
        assertThat(view(p.id()).members()).anyMatch(m -> email.equals(m.email()) && m.role() == MemberRole.MEMBER);

        jdbc.sql("update identity_account_link set expires_at = ? where purpose = 'INVITATION' and account_id ="
                        + " (select a.id from identity_account a join directory_person d on d.id = a.person_id"
                        + " where d.email = ?)")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), email)
                .update();
        var expired = mvc.perform(MockMvcRequestBuilders.get(second))
                .andExpect(status().isGone())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(expired).contains("This link has expired", "Ask the person who invited you to invite you again");
        assertThat(page("/partnerships/" + p.id() + "/members", DemoUsers.FIONA))
                .contains("Invitation expired on");
    }

    @Test
    void someoneAlreadyInThePartnershipIsRefusedInTheErrorSummary() throws Exception {
        var html = html(post(
                        "/partnerships/" + fosterCare() + "/invitations",
                        DemoUsers.FIONA,
                        "name",
                        "David Kerr",
                        "email",
                        DemoUsers.DAVID,
                        "role",
                        "OBSERVER")
                .andExpect(status().isOk()));
        assertThat(html)
                .contains("There is a problem")
                .contains("<a href=\"#email\">" + DemoUsers.DAVID + " is already in this partnership.");
    }

    @Test
    void missingDetailsAreShownTogetherAndNothingIsSaved() throws Exception {
        var p = startAsFiona();
        var html = html(post("/partnerships/" + p.id() + "/invitations", DemoUsers.FIONA, "name", " ", "email", "")
                .andExpect(status().isOk()));
        assertThat(html)
                .contains("<a href=\"#name\">Enter the person’s full name</a>")
                .contains("<a href=\"#email\">Enter the person’s email address</a>")
                .contains("<a href=\"#role\">");
        assertThat(view(p.id()).members()).hasSize(1);
    }

    @Test
    void onlyManagersInvite() throws Exception {
        String email = "refused." + Unique.suffix() + "@test.example";
        post(
                        "/partnerships/" + fosterCare() + "/invitations",
                        DemoUsers.DAVID,
                        "name",
                        "No One",
                        "email",
                        email,
                        "role",
                        "MEMBER")
                .andExpect(status().isForbidden());
        assertThat(page("/partnerships/" + fosterCare() + "/members", DemoUsers.DAVID))
                .doesNotContain("id=\"send-invitation\"");
        assertThat(page("/partnerships/" + fosterCare() + "/members", DemoUsers.FIONA))
                .contains("id=\"send-invitation\"");
        assertThat(people.findByEmail(email)).isEmpty();
        assertThat(outbox.to(email, 1)).isEmpty();
    }
}
