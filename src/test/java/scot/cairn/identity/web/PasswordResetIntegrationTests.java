package scot.cairn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.LanguagePreference;
import scot.cairn.identity.PasswordResets;
import scot.cairn.identity.TestAccounts;
import scot.cairn.platform.mail.MailOutbox;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.MailLinks;
import scot.cairn.support.SessionCookie;
import scot.cairn.support.TestMail;
import scot.cairn.support.Unique;

/**
 * "Forgot your password?" from the sign-in page and the API: the same answer for every address, an email (received by
 * a real SMTP server) only for an address with an account, in its owner's language, a link that works once for an
 * hour, and a new password that ends the person's other sessions.
 */
@CairnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordResetIntegrationTests {

    static final String NEW_PASSWORD = "a brand new pass phrase 7";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    AccountAdministration administration;

    @Autowired
    LanguagePreference languages;

    @Autowired
    MailOutbox outbox;

    @Autowired
    PasswordResets resets;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void mailServer() {
        TestMail.server();
    }

    @Test
    void theSignInPageLinksToTheResetPage() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(content().string(containsString("href=\"/password-reset\"")));
        mvc.perform(get("/password-reset"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reset your password")));
    }

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswerAndOnlyTheKnownOneAnEmail() throws Exception {
        var known = someone("Known Resetter");
        String unknown = "nobody." + Unique.suffix() + "@test.example";

        var forKnown = mvc.perform(ask(known.email())).andReturn().getResponse();
        var forUnknown = mvc.perform(ask(unknown)).andReturn().getResponse();
        assertThat(forKnown.getStatus()).isEqualTo(302);
        assertThat(forUnknown.getRedirectedUrl())
                .isEqualTo(forKnown.getRedirectedUrl())
                .isEqualTo("/password-reset/sent");
        mvc.perform(get("/password-reset/sent"))
                .andExpect(content().string(containsString("If there is a Cairn account for this address")));

        var email = MailLinks.latest(known.email(), 1);
        assertThat(MailLinks.subject(email)).isEqualTo("Reset your Cairn password");
        assertThat(MailLinks.path(email, "/password-reset/")).startsWith("/password-reset/");
        outbox.sendDue();
        assertThat(TestMail.to(unknown)).isEmpty();
        assertThat(outbox.to(unknown, 5)).isEmpty();
    }

    @Test
    void theApiAnswers202WithNoBodyForKnownAndUnknownAddresses() throws Exception {
        var known = someone("Api Resetter");
        String unknown = "nobody." + Unique.suffix() + "@test.example";
        var a = mvc.perform(apiAsk(known.email()))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse();
        var b = mvc.perform(apiAsk(unknown))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse();
        assertThat(a.getContentAsString()).isEqualTo(b.getContentAsString()).isEmpty();
        assertThat(MailLinks.received(known.email(), 1)).hasSize(1);
        mvc.perform(post("/api/v1/password-resets")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\" \"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theEmailIsInTheLanguageChosenOnTheAccountElseTheRequests() throws Exception {
        var welsh = someone("Welsh Resetter");
        languages.choose(welsh.id(), Locale.forLanguageTag("cy"));
        mvc.perform(apiAsk(welsh.email()).header("Accept-Language", "gd")).andExpect(status().isAccepted());
        assertThat(MailLinks.subject(MailLinks.latest(welsh.email(), 1))).isEqualTo("Ailosod eich cyfrinair Cairn");

        var gaelic = someone("Gaelic Resetter");
        mvc.perform(apiAsk(gaelic.email()).header("Accept-Language", "gd")).andExpect(status().isAccepted());
        assertThat(MailLinks.subject(MailLinks.latest(gaelic.email(), 1)))
                .isEqualTo("Ath-shuidhich am facal-faire Cairn agad");
    }

    @Test
    void afterTheResetThePagesAreInTheLanguageChosenOnTheAccount() throws Exception {
        var welsh = someone("Welsh Returner");
        languages.choose(welsh.id(), Locale.forLanguageTag("cy"));
        mvc.perform(ask(welsh.email()));
        String link = MailLinks.path(MailLinks.latest(welsh.email(), 1), "/password-reset/");
        mvc.perform(choose(link, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"))
                .andExpect(cookie().value("cairn-language", "cy"));
    }

    @Test
    void aFourthRequestInAnHourIsAnsweredTheSameAndSendsNothing() throws Exception {
        var me = someone("Eager Resetter");
        for (int i = 0; i < 3; i++) {
            mvc.perform(ask(me.email())).andExpect(redirectedUrl("/password-reset/sent"));
        }
        MailLinks.received(me.email(), 3);
        mvc.perform(ask(me.email().toUpperCase(Locale.ROOT))).andExpect(redirectedUrl("/password-reset/sent"));
        mvc.perform(apiAsk(me.email())).andExpect(status().isAccepted());
        outbox.sendDue();
        assertThat(outbox.to(me.email(), 10)).hasSize(3);
        assertThat(TestMail.to(me.email())).hasSize(3);
    }

    @Test
    void requestsArrivingAtTheSameMomentAreCountedOneAfterAnother() throws Exception {
        var me = someone("Hasty Resetter");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> resets.request(me.email(), Locale.ENGLISH)));
            }
            for (var answer : answers) {
                answer.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(outbox.to(me.email(), 10)).hasSize(PasswordResets.PER_HOUR);
    }

    @Test
    void theLinkSetsANewPasswordOnceSignsInAndEndsOtherSessions() throws Exception {
        var me = someone("Forgetful Person");
        Cookie elsewhere = signIn(me.email(), TestAccounts.PASSWORD);
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(status().isOk());

        mvc.perform(ask(me.email()));
        String link = MailLinks.path(MailLinks.latest(me.email(), 1), "/password-reset/");
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(content().string(containsString("Choose a new password")));
        mvc.perform(get(link)).andExpect(status().isOk());

        var done = mvc.perform(choose(link, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(authenticated().withUsername(me.email()))
                .andReturn();
        var here = SessionCookie.of(done);
        mvc.perform(get("/account").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(elsewhere)).andExpect(redirectedUrl("/sign-in"));

        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(me.email())
                        .password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(me.email())
                        .password(NEW_PASSWORD))
                .andExpect(authenticated());

        mvc.perform(get(link))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link has already been used")))
                .andExpect(content().string(containsString("href=\"/password-reset\"")));
        mvc.perform(choose(link, "another long pass phrase 8", "another long pass phrase 8"))
                .andExpect(status().isGone())
                .andExpect(unauthenticated());
    }

    @Test
    void aNewPasswordThatBreaksTheRulesIsShownInTheErrorSummaryAndTheLinkStillWorks() throws Exception {
        var me = someone("Short Resetter");
        mvc.perform(ask(me.email()));
        String link = MailLinks.path(MailLinks.latest(me.email(), 1), "/password-reset/");
        mvc.perform(choose(link, "too short", "too short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#password\"")))
                .andExpect(unauthenticated());
        mvc.perform(choose(link, NEW_PASSWORD, "not the same at all 9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#confirmPassword\"")));
        mvc.perform(choose(link, NEW_PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/account"));
    }

    @Test
    void anExpiredOrUnknownLinkSaysSoAndOffersANewOne() throws Exception {
        var me = someone("Slow Resetter");
        mvc.perform(ask(me.email()));
        String link = MailLinks.path(MailLinks.latest(me.email(), 1), "/password-reset/");
        jdbc.sql("update identity_account_link set expires_at = ? where account_id ="
                        + " (select id from identity_account where person_id = ?)")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), me.id())
                .update();
        mvc.perform(get(link))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("This link has expired")))
                .andExpect(content().string(containsString("href=\"/password-reset\"")));
        mvc.perform(choose(link, NEW_PASSWORD, NEW_PASSWORD)).andExpect(status().isGone());
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(me.email())
                        .password(TestAccounts.PASSWORD))
                .andExpect(authenticated());

        mvc.perform(get("/password-reset/not-a-real-link"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This link does not work")));
    }

    @Test
    void aResetLiftsTheLockOnTheAddress() throws Exception {
        var me = someone("Locked Resetter");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in")
                    .userParameter("email")
                    .user(me.email())
                    .password("wrong guess " + i));
        }
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(me.email())
                        .password(TestAccounts.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(ask(me.email()));
        String link = MailLinks.path(MailLinks.latest(me.email(), 1), "/password-reset/");
        mvc.perform(choose(link, NEW_PASSWORD, NEW_PASSWORD)).andExpect(redirectedUrl("/account"));
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(me.email())
                        .password(NEW_PASSWORD))
                .andExpect(authenticated());
    }

    private PersonSummary someone(String name) {
        return new TestAccounts(users, administration).register(name, false);
    }

    private Cookie signIn(String email, String password) throws Exception {
        return SessionCookie.of(mvc.perform(
                        formLogin("/sign-in").userParameter("email").user(email).password(password))
                .andExpect(authenticated())
                .andReturn());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder ask(String email) {
        return post("/password-reset").param("email", email).with(csrf());
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder apiAsk(String email) {
        return post("/api/v1/password-resets")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"email\":\"" + email + "\"}");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder choose(
            String link, String password, String confirmation) {
        return post(link)
                .param("password", password)
                .param("confirmPassword", confirmation)
                .with(csrf());
    }
}
