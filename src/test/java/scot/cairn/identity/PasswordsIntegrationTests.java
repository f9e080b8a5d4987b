package scot.cairn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.directory.PersonSummary;
import scot.cairn.platform.English;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

@CairnTest
class PasswordsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    AccountAdministration administration;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommonPasswordOrYourOwnEmailAddressIsRefusedInTheErrorSummary() throws Exception {
        var me = someone("Common Choice");
        changePassword(me, "Password1234")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#newPassword\"")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(English.of(PasswordRules.COMMON)))));
        changePassword(me, me.email().toUpperCase())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(English.of(PasswordRules.EMAIL)))));
        changePassword(me, "abcdefghijklmnop")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(English.of(PasswordRules.SHAPE)))));
        signIn(me.email(), TestAccounts.PASSWORD).andExpect(authenticated());
    }

    @Test
    void anInviteeCannotChooseACommonPasswordOrTheirEmailAddress() throws Exception {
        scot.cairn.support.TestMail.server();
        String email = "common." + Unique.suffix() + "@test.example";
        mvc.perform(post("/people/new")
                        .param("fullName", Unique.name("Common Password"))
                        .param("email", email)
                        .with(users.as(DemoUsers.ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String link = scot.cairn.support.MailLinks.path(scot.cairn.support.MailLinks.latest(email, 1), "/invitations/");
        for (String password : List.of("qwerty123456", email)) {
            mvc.perform(post(link)
                            .param("password", password)
                            .param("confirmPassword", password)
                            .with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"#password\"")));
        }
        signIn(email, "qwerty123456").andExpect(unauthenticated());
        signIn(email, email).andExpect(unauthenticated());
    }

    @Test
    void passwordsOf128WelshAndGaelicLettersOrEmojiWorkAndEveryCharacterCounts() throws Exception {
        for (String password : List.of(PasswordRulesTests.welshAndGaelic(128), PasswordRulesTests.emoji(128))) {
            var me = someone("Long Password");
            changePassword(me, password).andExpect(redirectedUrl("/account"));

            String lastDifferent = password.substring(0, password.offsetByCodePoints(password.length(), -1)) + "x";
            signIn(me.email(), lastDifferent).andExpect(unauthenticated());
            signIn(me.email(), password).andExpect(authenticated());
        }
    }

    @Test
    void passwordsOver128CharactersAreRefusedNotAnError() throws Exception {
        var me = someone("Too Long");
        changePassword(me, PasswordRulesTests.emoji(129))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(English.of(PasswordRules.TOO_LONG)))));
        signIn(me.email(), PasswordRulesTests.emoji(129)).andExpect(unauthenticated());
    }

    @Test
    void anOldBcryptHashStillSignsInAndIsReplacedByArgon2() throws Exception {
        var me = someone("Old Hash");
        long accountId = users.current(me.email()).accountId();
        jdbc.sql("update identity_account set password_hash = ? where id = ?")
                .params("{bcrypt}" + new BCryptPasswordEncoder().encode(TestAccounts.PASSWORD), accountId)
                .update();

        signIn(me.email(), TestAccounts.PASSWORD).andExpect(authenticated());

        assertThat(hashOf(accountId)).startsWith("{" + PasswordHashing.DEFAULT_ID + "}");
        signIn(me.email(), TestAccounts.PASSWORD).andExpect(authenticated());
        signIn(me.email(), "a long wrong password").andExpect(unauthenticated());
    }

    @Test
    void theDemoPasswordIsHashedOnceForEveryDemoAccount() {
        var hashes = List.of(DemoUsers.ADMIN, DemoUsers.FIONA, DemoUsers.DAVID, DemoUsers.SAM, DemoUsers.IAIN).stream()
                .map(email -> hashOf(users.current(email).accountId()))
                .distinct()
                .toList();
        assertThat(hashes).hasSize(1);
        assertThat(hashes.get(0)).startsWith("{" + PasswordHashing.DEFAULT_ID + "}");
    }

    private String hashOf(long accountId) {
        return jdbc.sql("select password_hash from identity_account where id = ?")
                .param(accountId)
                .query(String.class)
                .single();
    }

    private PersonSummary someone(String name) {
        return new TestAccounts(users, administration).register(name, false);
    }

    private ResultActions changePassword(PersonSummary me, String replacement) throws Exception {
        return mvc.perform(post("/account/password")
                .param("currentPassword", TestAccounts.PASSWORD)
                .param("newPassword", replacement)
                .param("confirmPassword", replacement)
                .with(users.as(me.email()))
                .with(csrf()));
    }

    private ResultActions signIn(String email, String password) throws Exception {
        return mvc.perform(
                formLogin("/sign-in").userParameter("email").user(email).password(password));
    }
}
