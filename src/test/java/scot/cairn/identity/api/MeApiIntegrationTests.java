package scot.cairn.identity.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.ApiTokenService;
import scot.cairn.identity.TestAccounts;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class MeApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    AccountAdministration administration;

    @Test
    void theTokenSaysWhoItBelongsTo() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", users.bearer(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(DemoUsers.DAVID))
                .andExpect(jsonPath("$.fullName").value("David Kerr"))
                .andExpect(jsonPath("$.organisationName").value("Falkirk CVS"))
                .andExpect(jsonPath("$.administrator").value(false));
    }

    @Test
    void youListAndRevokeYourOwnTokens() throws Exception {
        var me = new TestAccounts(users, administration).register("Token Lister", false);
        var script = tokens.create(users.current(me.email()), "nightly export");
        String bearer =
                "Bearer " + tokens.create(users.current(me.email()), "console").secret();

        mvc.perform(get("/api/v1/me/tokens").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("nightly export")))
                .andExpect(jsonPath("$[?(@.id == " + script.id() + ")].active").value(hasItem(true)))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(script.secret()))));

        mvc.perform(delete("/api/v1/me/tokens/{id}", script.id()).header("Authorization", bearer))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + script.secret()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me/tokens").header("Authorization", bearer))
                .andExpect(jsonPath("$[?(@.id == " + script.id() + ")].active").value(hasItem(false)));
        mvc.perform(delete("/api/v1/me/tokens/{id}", script.id()).header("Authorization", bearer))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiDescriptionDoesNotAskClientsForTheSignedInUser() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.summary").value("The person this token belongs to"))
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.parameters").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/v1/people'].post.parameters").doesNotExist())
                .andExpect(jsonPath("$.components.schemas.CurrentUser").doesNotExist());
    }

    @Test
    void someoneElsesTokenIsNotFound() throws Exception {
        var owner = new TestAccounts(users, administration).register("Token Keeper", false);
        var theirs = tokens.create(users.current(owner.email()), "theirs");
        mvc.perform(delete("/api/v1/me/tokens/{id}", theirs.id()).header("Authorization", users.bearer(DemoUsers.IAIN)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + theirs.secret()))
                .andExpect(status().isOk());
    }
}
