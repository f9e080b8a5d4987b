package scot.cairn.sroi.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.SroiFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

@CairnTest
class ReviewApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    SroiFixture fixture;

    String base;
    long forecast;
    long evaluation;

    @BeforeEach
    void setUp() {
        long id = fixture.partnership();
        base = "/api/v1/partnerships/" + id + "/sroi-reviews";
        forecast = fixture.workedExample(id, AnalysisType.FORECAST);
        fixture.approveJointly(id, forecast);
        evaluation = fixture.workedExample(id, AnalysisType.EVALUATIVE);
    }

    Map<String, Object> body(String quarter, String note) {
        return Map.of("quarter", quarter, "forecastId", forecast, "evaluativeId", evaluation, "note", note);
    }

    @Test
    void createReadChangeAndSignOff() throws Exception {
        var created = post(DemoUsers.FIONA, base, body("2025-Q4", "As forecast."))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.quarter").value("2025-Q4"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.comparison.outcomes[0].label").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long review = ((Number) JsonPath.read(created, "$.id")).longValue();
        int version = JsonPath.read(created, "$.version");

        get(DemoUsers.SAM, base)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(review));
        get(DemoUsers.SAM, base + "/" + review)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value("As forecast."))
                .andExpect(jsonPath("$.maySign").value(false));

        var changed = new java.util.HashMap<String, Object>(body("2025-Q4", "Exactly as forecast."));
        changed.put("version", version);
        put(DemoUsers.FIONA, base + "/" + review, changed)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.note").value("Exactly as forecast."));
        put(DemoUsers.FIONA, base + "/" + review, changed)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Changed by someone else"));

        post(DemoUsers.SAM, base + "/" + review + "/signatures", java.util.Map.of("version", current(review)))
                .andExpect(status().isForbidden());
        post(DemoUsers.FIONA, base + "/" + review + "/signatures", java.util.Map.of("version", current(review)))
                .andExpect(status().isOk());
        String signed = post(
                        DemoUsers.DAVID,
                        base + "/" + review + "/signatures",
                        java.util.Map.of("version", current(review)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SIGNED_OFF"))
                .andExpect(jsonPath("$.signatures[1].sector").value("THIRD"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        changed.put("version", JsonPath.read(signed, "$.version"));
        put(DemoUsers.FIONA, base + "/" + review, changed)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Signed off and locked"));
    }

    @Test
    void badInputIsAProblemWithFieldErrorsAndOutsidersGet404() throws Exception {
        post(DemoUsers.FIONA, base, Map.of("quarter", "next spring", "note", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("quarter")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("forecastId")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Explain the differences in the review note")));
        post(DemoUsers.FIONA, base, body("2025-Q4", "One.")).andExpect(status().isCreated());
        post(DemoUsers.FIONA, base, body("2025-Q4", "Two."))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("There is already a review for 2025-Q4: change that one instead"));
        post(DemoUsers.SAM, base, body("2025-Q3", "Three.")).andExpect(status().isForbidden());
        get(DemoUsers.IAIN, base).andExpect(status().isNotFound());
    }

    @Test
    void theReviewsAreInTheOpenApiDescription() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/partnerships/{id}/sroi-reviews/{reviewId}'].put")
                        .exists())
                .andExpect(jsonPath(
                        "$.paths['/api/v1/partnerships/{id}/sroi-reviews/{reviewId}/signatures'].post.tags",
                        hasItem("SROI reviews")));
    }

    /** The review's version as the API shows it now. */
    private int current(long review) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(
                get(DemoUsers.FIONA, base + "/" + review)
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.version");
    }

    private ResultActions get(String user, String path) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.get(path), user));
    }

    private ResultActions post(String user, String path, Object body) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.post(path), user).content(json.writeValueAsString(body)));
    }

    private ResultActions put(String user, String path, Object body) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.put(path), user).content(json.writeValueAsString(body)));
    }

    private MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder request, String user) {
        return request.header(HttpHeaders.AUTHORIZATION, users.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON);
    }
}
