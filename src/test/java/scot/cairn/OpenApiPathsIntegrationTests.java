package scot.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.support.CairnTest;

/** Every capability a script needs is in the OpenAPI description, not only in the code. */
@CairnTest
class OpenApiPathsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void governanceAndEvidenceOperationsAreDescribed() throws Exception {
        String json = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Object> paths = JsonPath.read(json, "$.paths");

        assertThat(paths.keySet())
                .filteredOn(p -> p.startsWith("/api/v1/partnerships/{id}/"))
                .anyMatch(p -> p.contains("/groups"))
                .anyMatch(p -> p.contains("/role-assignments"))
                .anyMatch(p -> p.contains("/documents"))
                .anyMatch(p -> p.contains("/versions"))
                .anyMatch(p -> p.contains("/signatures"))
                .anyMatch(p -> p.contains("/decisions"))
                .anyMatch(p -> p.contains("/outcomes"))
                .anyMatch(p -> p.contains("/measurements"))
                .anyMatch(p -> p.contains("/periods"))
                .anyMatch(p -> p.contains("/sustainability"))
                .anyMatch(p -> p.contains("/sroi-analyses"))
                .anyMatch(p -> p.endsWith("/calculate"));
    }
}
