package scot.cairn;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class SmokeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/partnerships")).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/sign-in"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sign in to Cairn")));
    }

    @Test
    void demoAccountSignsInAndSeesTheirPartnerships() throws Exception {
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(DemoUsers.FIONA)
                        .password(DemoUsers.PASSWORD))
                .andExpect(authenticated())
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/partnerships").with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Falkirk foster care provision")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Theatre Nemo"))));
    }

    @Test
    void wrongPasswordIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .user(DemoUsers.IAIN)
                        .password("not the password"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in?error"))
                .andExpect(content().string(Matchers.containsString("The email address or password is not right.")));
    }

    @Test
    void aPageShowingErrorsSaysSoInItsTitle() throws Exception {
        mvc.perform(post("/partnerships")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<title>Error: Start a partnership")));
        mvc.perform(get("/partnerships/new").with(users.as(DemoUsers.FIONA)))
                .andExpect(content().string(Matchers.containsString("<title>Start a partnership")));
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/partnerships").with(users.as(DemoUsers.FIONA)).param("title", "No token"))
                .andExpect(status().isForbidden());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(
                        header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string(
                                "Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void apiAnswers401ProblemDetailsWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/partnerships"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }
}
