package scot.cairn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.LanguagePreference;
import scot.cairn.identity.TestAccounts;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.SessionCookie;

/**
 * Choosing a language: the header link sets a cookie and goes back to the same page on this site only; a signed-in
 * person's choice is kept on their account and follows them to another browser; a choice made before signing in is
 * their latest and replaces the account's; without any choice the browser's Accept-Language decides.
 */
@CairnTest
class LanguageChoiceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    AccountAdministration administration;

    @Autowired
    LanguagePreference preferences;

    @Test
    void theLinkSetsTheCookieAndGoesBackOnlyWithinCairn() throws Exception {
        mvc.perform(get("/language").param("to", "gd").param("back", "/accessibility"))
                .andExpect(redirectedUrl("/accessibility"))
                .andExpect(cookie().value("cairn-language", "gd"));
        mvc.perform(get("/accessibility").cookie(new Cookie("cairn-language", "gd")))
                .andExpect(content().string(containsString("<html lang=\"gd\"")));
        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example", "evil"}) {
            mvc.perform(get("/language").param("to", "cy").param("back", elsewhere))
                    .andExpect(redirectedUrl("/"));
        }
        mvc.perform(get("/language").param("to", "fr").param("back", "/accessibility"))
                .andExpect(redirectedUrl("/accessibility"))
                .andExpect(cookie().doesNotExist("cairn-language"));
    }

    @Test
    void withoutAChoiceTheBrowsersLanguageDecidesAndEnglishIsTheFallback() throws Exception {
        mvc.perform(get("/sign-in").header("Accept-Language", "cy-GB,cy;q=0.9,en;q=0.5"))
                .andExpect(content().string(containsString("<html lang=\"cy\"")));
        mvc.perform(get("/sign-in").header("Accept-Language", "fr-FR,de;q=0.8"))
                .andExpect(content().string(containsString("<html lang=\"en\"")));
        mvc.perform(get("/sign-in").header("Accept-Language", "cy").cookie(new Cookie("cairn-language", "gd")))
                .andExpect(content().string(containsString("<html lang=\"gd\"")));
    }

    @Test
    void aChoiceIsKeptOnTheAccountAndFollowsThePersonToAnotherBrowser() throws Exception {
        var me = someone("Language Chooser");
        var signedIn = mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(me.email())
                        .password(TestAccounts.PASSWORD))
                .andExpect(authenticated())
                .andExpect(cookie().doesNotExist("cairn-language"))
                .andReturn();
        mvc.perform(get("/language").param("to", "cy").param("back", "/account").cookie(SessionCookie.of(signedIn)))
                .andExpect(redirectedUrl("/account"));
        assertThat(preferences.of(me.id())).isEqualTo(Optional.of(Locale.forLanguageTag("cy")));

        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(me.email())
                        .password(TestAccounts.PASSWORD))
                .andExpect(authenticated())
                .andExpect(cookie().value("cairn-language", "cy"));
    }

    @Test
    void aLanguageChosenBeforeSigningInReplacesTheOneOnTheAccount() throws Exception {
        var me = someone("Language Changer");
        preferences.choose(me.id(), Locale.forLanguageTag("cy"));

        mvc.perform(post("/sign-in")
                        .param("email", me.email())
                        .param("password", TestAccounts.PASSWORD)
                        .cookie(new Cookie("cairn-language", "gd"))
                        .with(csrf()))
                .andExpect(authenticated())
                .andExpect(status().is3xxRedirection());
        assertThat(preferences.of(me.id())).isEqualTo(Optional.of(Locale.forLanguageTag("gd")));
    }

    private PersonSummary someone(String name) {
        return new TestAccounts(users, administration).register(name, false);
    }
}
