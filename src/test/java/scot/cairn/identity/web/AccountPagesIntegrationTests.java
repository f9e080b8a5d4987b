package scot.cairn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.ApiTokenService;
import scot.cairn.identity.NewApiToken;
import scot.cairn.identity.TestAccounts;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

@CairnTest
class AccountPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    DemoUsers users;

    @Autowired
    AccountAdministration administration;

    @Autowired
    ApiTokenService tokens;

    @Test
    void theAccountPageShowsWhoYouAre() throws Exception {
        mvc.perform(get("/account").with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Your account")))
                .andExpect(content().string(containsString("Fiona Reid")))
                .andExpect(content().string(containsString(DemoUsers.FIONA)))
                .andExpect(content().string(containsString("Falkirk Council")))
                .andExpect(content().string(containsString("Change your password")))
                .andExpect(content().string(containsString("Create token")));
    }

    @Test
    void aWrongCurrentPasswordOrMismatchedNewOnesAreRefused() throws Exception {
        var me = someone("Wrong Current");
        mvc.perform(changePassword("not my password", "a brand new password", "a brand new password")
                        .with(users.as(me.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Your account")))
                .andExpect(content().string(containsString("href=\"#currentPassword\"")))
                .andExpect(content().string(containsString("Your current password is not right")));
        mvc.perform(changePassword(TestAccounts.PASSWORD, "a brand new password", "a brand new passwort")
                        .with(users.as(me.email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two new passwords do not match")));
        mvc.perform(changePassword(TestAccounts.PASSWORD, "short", "short").with(users.as(me.email())))
                .andExpect(content().string(containsString("Password must be at least 12 characters")));
        signIn(me.email(), TestAccounts.PASSWORD).andExpect(authenticated());
    }

    @Test
    void afterChangingYourPasswordOnlyTheNewOneSignsYouIn() throws Exception {
        var me = someone("New Password");
        String replacement = "correct horse battery " + Unique.suffix();

        mvc.perform(changePassword(TestAccounts.PASSWORD, replacement, replacement)
                        .with(users.as(me.email())))
                .andExpect(redirectedUrl("/account"));

        signIn(me.email(), replacement).andExpect(authenticated());
        signIn(me.email(), TestAccounts.PASSWORD).andExpect(unauthenticated());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        var me = someone("Forgetful");
        for (int i = 1; i <= 4; i++) {
            signIn(me.email(), "wrong password " + i).andExpect(redirectedUrl("/sign-in?error"));
        }
        signIn(me.email(), "wrong password 5").andExpect(redirectedUrl("/sign-in?locked"));

        signIn(me.email(), TestAccounts.PASSWORD)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?locked"));
        mvc.perform(get("/sign-in?locked")).andExpect(content().string(containsString("Sign-in is locked")));
    }

    @Test
    void aNewTokenIsShownOnceWorksOnTheApiAndStopsWorkingWhenRevoked() throws Exception {
        var me = someone("Token Owner");
        var created = mvc.perform(post("/account/tokens")
                        .param("name", "outcomes import")
                        .with(users.as(me.email()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(content().string(containsString("This token will not be shown again")))
                .andReturn();
        var token = (NewApiToken) created.getModelAndView().getModel().get("newToken");
        assertThat(created.getResponse().getContentAsString()).contains(token.secret());
        byte[] secret = token.secret().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(jdbc.sql("select attribute_bytes from identity_session_attributes")
                        .query(byte[].class)
                        .list())
                .as("the secret is not kept in any stored session")
                .noneMatch(bytes -> indexOf(bytes, secret) >= 0);
        mvc.perform(get("/account").with(users.as(me.email())))
                .andExpect(content().string(containsString("outcomes import")))
                .andExpect(content().string(containsString("Active")))
                .andExpect(content().string(not(containsString(token.secret()))));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(me.email()));

        mvc.perform(post("/account/tokens/{id}/revoke", token.id())
                        .with(users.as(me.email()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account#tokens"));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/account").with(users.as(me.email())))
                .andExpect(content().string(containsString("Revoked")));
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        mvc.perform(post("/account/tokens")
                        .param("name", "  ")
                        .with(users.as(DemoUsers.IAIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#name\"")))
                .andExpect(content().string(containsString("Enter a name for the token")));
    }

    @Test
    void nobodyCanRevokeSomeoneElsesToken() throws Exception {
        var owner = someone("Owner");
        var token = tokens.create(users.current(owner.email()), "mine");
        mvc.perform(post("/account/tokens/{id}/revoke", token.id())
                        .with(users.as(DemoUsers.IAIN))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk());
    }

    @Test
    void unknownTokensAreRefused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer cairn_" + Unique.suffix()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer something-else"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    private PersonSummary someone(String name) {
        return new TestAccounts(users, administration).register(name, false);
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String email, String password) throws Exception {
        return mvc.perform(
                formLogin("/sign-in").userParameter("email").user(email).password(password));
    }

    private static MockHttpServletRequestBuilder changePassword(String current, String replacement, String again) {
        return post("/account/password")
                .param("currentPassword", current)
                .param("newPassword", replacement)
                .param("confirmPassword", again)
                .with(csrf());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
