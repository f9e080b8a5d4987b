package scot.cairn.identity.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.support.CairnTest;

/** Cairn behind a proxy that ends HTTPS and says so in X-Forwarded-Proto. */
@CairnTest
class HttpsProxyIntegrationTests {

    static final String HSTS = "Strict-Transport-Security";

    @Autowired
    MockMvc mvc;

    @Test
    void aRequestThatCameInOverHttpsIsToldToKeepUsingHttps() throws Exception {
        mvc.perform(get("/sign-in").header("X-Forwarded-Proto", "https"))
                .andExpect(status().isOk())
                .andExpect(header().string(HSTS, "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void aPlainHttpRequestIsNot() throws Exception {
        mvc.perform(get("/sign-in")).andExpect(status().isOk()).andExpect(header().doesNotExist(HSTS));
        mvc.perform(get("/sign-in").header("X-Forwarded-Proto", "http")).andExpect(header().doesNotExist(HSTS));
    }

    @Test
    void redirectsGoBackThroughTheProxy() throws Exception {
        mvc.perform(get("/partnerships")
                        .header("X-Forwarded-Proto", "https")
                        .header("X-Forwarded-Host", "cairn.example")
                        .header("X-Forwarded-Port", "443"))
                .andExpect(redirectedUrl("https://cairn.example/sign-in"));
    }
}
