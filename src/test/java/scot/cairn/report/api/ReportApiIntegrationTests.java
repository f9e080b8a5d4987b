package scot.cairn.report.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class ReportApiIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    String reports;

    @BeforeEach
    void setUp() {
        long id = governance.newPartnership();
        governance.board(id);
        reports = "/api/v1/partnerships/" + id + "/reports";
    }

    ResultActions call(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, users.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(body);
        }
        return mvc.perform(request);
    }

    @Test
    void aScriptStartsWritesSubmitsAndNotesAReport() throws Exception {
        String created = call(post(reports), DemoUsers.FIONA, "{}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("HR-1"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.sections.length()").value(8))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String report = reports + "/" + JsonPath.read(created, "$.id");
        call(post(reports), DemoUsers.DAVID, "{}").andExpect(status().isForbidden());
        call(put(report), DemoUsers.FIONA, "{\"commentary\": {\"RISKS\": \"None new.\"}, \"rag\": \"AMBER\"}")
                .andExpect(status().isPreconditionRequired());
        call(
                        put(report),
                        DemoUsers.FIONA,
                        "{\"version\": 0, \"commentary\": {\"RISKS\": \"None new.\"}, \"rag\": \"AMBER\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rag").value("AMBER"))
                .andExpect(jsonPath("$.sections[2].commentary").value("None new."));
        call(post(report + "/submit"), DemoUsers.FIONA, "{\"version\": 1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        call(put(report), DemoUsers.FIONA, "{\"version\": 2, \"rag\": \"GREEN\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(
                        jsonPath("$.detail").value("The report has been submitted to the board, so it cannot change"));
        call(post(report + "/note"), DemoUsers.FIONA, "{\"version\": 2}").andExpect(status().isOk());
        call(post(report + "/note"), DemoUsers.DAVID, "{\"version\": 3, \"comment\": \"Noted.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOTED"))
                .andExpect(jsonPath("$.notes.length()").value(2));
        call(get(report), DemoUsers.MORVEN, null).andExpect(status().isNotFound());
    }
}
