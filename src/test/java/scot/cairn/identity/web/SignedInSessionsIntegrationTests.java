package scot.cairn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.ApiTokenService;
import scot.cairn.identity.TestAccounts;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.SessionCookie;
import scot.cairn.support.Unique;

/**
 * A session that is already open sees changes to its account on its very next request. Each test signs in through
 * the form, as a browser does, and keeps the session it gets.
 */
@CairnTest
class SignedInSessionsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    MembershipService membership;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorRightGrantedOrTakenAwayCountsOnTheNextRequest() throws Exception {
        var me = someone("Rising Admin");
        var session = signIn(me.email(), TestAccounts.PASSWORD);
        mvc.perform(get("/people").cookie(session)).andExpect(status().isForbidden());

        users.runAsAdmin(() -> accounts.update(me.id(), true, false));

        mvc.perform(get("/people").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/people\">People</a>")));

        users.runAsAdmin(() -> accounts.update(me.id(), false, false));

        mvc.perform(get("/people").cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/people\">People</a>"))));
    }

    @Test
    void aManagerDemotedToObserverThroughTheApiCanNoLongerChangeThePartnershipOnTheNextRequest() throws Exception {
        var me = someone("Demoted Manager");
        var admin = users.current(DemoUsers.ADMIN);
        long id = partnerships
                .start(
                        new PartnershipDetails(
                                Unique.name("Demotion"), Market.SOCIAL_CARE, "Falkirk", "Test a demotion", null),
                        admin)
                .id();
        membership.setMember(id, me.email(), MemberRole.MANAGER, admin);
        var session = signIn(me.email(), TestAccounts.PASSWORD);
        mvc.perform(get("/partnerships/{id}/edit", id).cookie(session)).andExpect(status().isOk());

        mvc.perform(put("/api/v1/partnerships/{id}/members", id)
                        .header("Authorization", users.bearer(DemoUsers.ADMIN))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + me.email() + "\",\"role\":\"OBSERVER\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/partnerships/{id}/edit", id).cookie(session)).andExpect(status().isForbidden());
        mvc.perform(get("/partnerships/{id}", id).cookie(session)).andExpect(status().isOk());
    }

    @Test
    void detailsAnAdministratorChangesShowOnTheNextPage() throws Exception {
        var me = someone("Renamed Person");
        var session = signIn(me.email(), TestAccounts.PASSWORD);
        String renamed = Unique.name("Renamed Again");

        users.runAsAdmin(() -> administration.change(
                users.current(DemoUsers.ADMIN),
                me.id(),
                me.version(),
                new PersonDetails(renamed, me.email(), null, null),
                null,
                false));

        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Sign out <span class=\"govuk-visually-hidden\">" + renamed)));
    }

    @Test
    void aSessionEndsWhenItsAccountIsGone() throws Exception {
        var me = someone("Closed Account");
        var session = signIn(me.email(), TestAccounts.PASSWORD);
        long accountId = accounts.accountOf(me.id()).orElseThrow().id();

        jdbc.sql("delete from identity_account where id = ?").param(accountId).update();

        mvc.perform(get("/account").cookie(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in"));
        assertThat(stored(session)).as("the session is deleted").isFalse();
    }

    @Test
    void changingYourPasswordSignsYouOutEverywhereElseButNotHere() throws Exception {
        var me = someone("Two Browsers");
        var laptop = signIn(me.email(), TestAccounts.PASSWORD);
        var phone = signIn(me.email(), TestAccounts.PASSWORD);
        String replacement = "granite and heather " + Unique.suffix();

        mvc.perform(post("/account/password")
                        .cookie(laptop)
                        .param("currentPassword", TestAccounts.PASSWORD)
                        .param("newPassword", replacement)
                        .param("confirmPassword", replacement)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").cookie(laptop)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(laptop)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(phone)).andExpect(redirectedUrl("/sign-in"));
        assertThat(stored(phone)).as("the other session is deleted").isFalse();
        assertThat(stored(laptop)).isTrue();
        var phoneAgain = signIn(me.email(), replacement);
        mvc.perform(get("/account").cookie(phoneAgain)).andExpect(status().isOk());
    }

    @Test
    void anApiTokenStandsForTheAccountAsItIsAtEachRequest() throws Exception {
        var me = someone("Token Admin");
        String bearer =
                "Bearer " + tokens.create(users.current(me.email()), "tests").secret();
        mvc.perform(get("/api/v1/people").header("Authorization", bearer)).andExpect(status().isForbidden());

        users.runAsAdmin(() -> accounts.update(me.id(), true, false));

        mvc.perform(get("/api/v1/people").header("Authorization", bearer)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", bearer))
                .andExpect(jsonPath("$.administrator").value(true));

        users.runAsAdmin(() -> accounts.update(me.id(), false, false));

        mvc.perform(get("/api/v1/people").header("Authorization", bearer)).andExpect(status().isForbidden());
    }

    private PersonSummary someone(String name) {
        return new TestAccounts(users, administration).register(name, false);
    }

    /** Signs in through the form; the session cookie, as a browser keeps it. */
    private Cookie signIn(String email, String password) throws Exception {
        ResultActions result = mvc.perform(
                        formLogin("/sign-in").userParameter("email").user(email).password(password))
                .andExpect(authenticated());
        return SessionCookie.of(result.andReturn());
    }

    /** Whether the session behind this cookie is still in the database (the cookie holds its id in Base64). */
    private boolean stored(Cookie session) {
        String id = new String(
                java.util.Base64.getDecoder().decode(session.getValue()), java.nio.charset.StandardCharsets.UTF_8);
        return jdbc.sql("select count(*) from identity_session where session_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
