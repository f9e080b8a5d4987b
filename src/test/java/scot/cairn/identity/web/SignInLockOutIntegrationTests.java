package scot.cairn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.TestAccounts;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/** The lock-out, as a person at the sign-in page meets it. */
@CairnTest
class SignInLockOutIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    AccountAdministration administration;

    @Test
    void anAddressWithoutAnAccountLocksExactlyLikeOneWithAnAccount() throws Exception {
        var known = new TestAccounts(users, administration).register("Known Address", false);
        String unknown = "nobody." + Unique.suffix() + "@test.example";

        var forKnown = sixWrongPasswords(known.email());
        var forUnknown = sixWrongPasswords(unknown);

        assertThat(forKnown)
                .containsExactly(
                        "/sign-in?error",
                        "/sign-in?error",
                        "/sign-in?error",
                        "/sign-in?error",
                        "/sign-in?locked",
                        "/sign-in?locked");
        assertThat(forUnknown).isEqualTo(forKnown);
        mvc.perform(get("/sign-in?locked"))
                .andExpect(
                        content().string(containsString("Too many wrong passwords. Sign-in is locked for 15 minutes")));
    }

    @Test
    void theAddressCountsInAnyCaseAndWithSpacesAround() throws Exception {
        var me = new TestAccounts(users, administration).register("Case Changer", false);
        for (int i = 0; i < 4; i++) {
            signIn(me.email(), "wrong password " + i).andExpect(redirectedUrl("/sign-in?error"));
        }
        signIn(" " + me.email().toUpperCase() + " ", "wrong password 5").andExpect(redirectedUrl("/sign-in?locked"));

        signIn(me.email(), TestAccounts.PASSWORD)
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?locked"));
    }

    private List<String> sixWrongPasswords(String email) throws Exception {
        List<String> outcomes = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            outcomes.add(signIn(email, "wrong password " + i)
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl());
        }
        return outcomes;
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String email, String password) throws Exception {
        return mvc.perform(
                formLogin("/sign-in").userParameter("email").user(email).password(password));
    }
}
