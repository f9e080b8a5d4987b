package scot.cairn.partnership.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import scot.cairn.support.CairnTest;

@CairnTest
class OpenApiIntegrationTests {

    static final String PARTNERSHIPS = "$.paths['/api/v1/partnerships']";

    @Autowired
    MockMvc mvc;

    ResultActions apiDocs() throws Exception {
        return mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
    }

    @Test
    void theDescriptionIsPublicAndEveryOperationNeedsABearerToken() throws Exception {
        apiDocs()
                .andExpect(jsonPath("$.info.title").value("Cairn API"))
                .andExpect(jsonPath("$.info.version").value("v1"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.type").value("http"))
                .andExpect(
                        jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearer").isArray());
    }

    @Test
    void thePartnershipApiIsDocumented() throws Exception {
        apiDocs()
                .andExpect(jsonPath(PARTNERSHIPS + ".get.summary").value("List partnerships"))
                .andExpect(jsonPath(PARTNERSHIPS + ".post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/partnerships/{id}/gate/advance'].post.tags", hasItem("Stages")))
                .andExpect(jsonPath("$.paths['/api/v1/partnerships/{id}/history'].get")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.PartnershipDetails.properties.title.maxLength")
                        .value(200));
    }

    @Test
    void theToDoListIsDocumented() throws Exception {
        apiDocs()
                .andExpect(jsonPath("$.paths['/api/v1/me/to-do'].get.summary").value("Read what needs you"))
                .andExpect(jsonPath("$.paths['/api/v1/me/to-do'].get.tags", hasItem("To-do")))
                .andExpect(jsonPath("$.components.schemas.ToDoItem.properties.overdue")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.ToDo.properties.waitingOnOthers")
                        .exists());
    }

    @Test
    void theCallerIsNotADocumentedParameter() throws Exception {
        apiDocs()
                .andExpect(jsonPath("$.paths['/api/v1/partnerships/{id}'].get.parameters[*].name", contains("id")))
                .andExpect(jsonPath("$.components.schemas.CurrentUser").doesNotExist());
    }

    @Test
    void errorsAreDocumentedAsProblems() throws Exception {
        apiDocs()
                .andExpect(jsonPath(PARTNERSHIPS + ".post.responses['400'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath(PARTNERSHIPS + ".get.responses['401'].content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.Problem.properties.errors.type")
                        .value("array"));
    }
}
