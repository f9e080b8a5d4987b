package scot.cairn.risk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
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
import tools.jackson.databind.json.JsonMapper;

@CairnTest
class RiskApiIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    long id;
    String risks;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        risks = "/api/v1/partnerships/" + id + "/risks";
    }

    ResultActions call(MockHttpServletRequestBuilder request, String user, Object body) throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, users.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    static String today(int plusDays) {
        return LocalDate.now(ZoneId.of("Europe/London")).plusDays(plusDays).toString();
    }

    Map<String, Object> risk(String title, int likelihood, int impact) {
        var body = new HashMap<String, Object>();
        body.put("kind", "RISK");
        body.put("title", title);
        body.put("category", "FINANCIAL");
        body.put("ownerId", users.current(DemoUsers.DAVID).personId());
        body.put("likelihood", likelihood);
        body.put("impact", impact);
        body.put("proximity", "IMMINENT");
        body.put("response", "TRANSFER");
        body.put("nextReview", today(7));
        return body;
    }

    @Test
    void aScriptRaisesChangesAndReviewsAnItem() throws Exception {
        var raised = call(post(risks), DemoUsers.FIONA, risk("Funding gap", 4, 4))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("R-1"))
                .andExpect(jsonPath("$.score").value(16))
                .andExpect(jsonPath("$.forBoard").value(true));
        String body = raised.andReturn().getResponse().getContentAsString();
        int riskId = JsonPath.read(body, "$.id");
        int version = JsonPath.read(body, "$.version");
        String one = risks + "/" + riskId;

        var issue = risk("Funding gap", 5, 4);
        issue.put("kind", "ISSUE");
        issue.put("status", "OPEN");
        issue.put("version", version);
        call(put(one), DemoUsers.FIONA, issue)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("ISSUE"))
                .andExpect(jsonPath("$.score").value(20));
        call(put(one), DemoUsers.FIONA, issue).andExpect(status().isConflict());
        issue.remove("version");
        call(put(one), DemoUsers.FIONA, issue).andExpect(status().isPreconditionRequired());

        var review = new HashMap<String, Object>();
        review.put("version", version + 1);
        review.put("reviewedOn", today(0));
        review.put("likelihood", 5);
        review.put("impact", 2);
        review.put("nextReview", today(30));
        call(post(one + "/reviews"), DemoUsers.DAVID, review)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(10))
                .andExpect(jsonPath("$.reviews.length()").value(1));
        var action = new HashMap<String, Object>();
        action.put("version", version + 2);
        action.put("description", "Ask the trust for bridging money");
        action.put("ownerId", users.current(DemoUsers.FIONA).personId());
        action.put("due", today(14));
        call(post(one + "/actions"), DemoUsers.DAVID, action)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.actions[0].number").value(1))
                .andExpect(jsonPath("$.actions[0].doneOn").doesNotExist());
        call(post(one + "/actions/1/done"), DemoUsers.FIONA, Map.of("version", version + 3))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actions[0].doneOn").value(today(0)));
        call(post(one + "/actions/1/done"), DemoUsers.FIONA, Map.of("version", version + 4))
                .andExpect(status().isBadRequest());
        call(get(risks), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.risks[0].reference").value("R-1"))
                .andExpect(jsonPath("$.forBoard.length()").value(0))
                .andExpect(jsonPath("$.heatMap[3][4]").value(1));
    }

    @Test
    void theBoardsToleranceIsReadAndSetWithTheVersionRead() throws Exception {
        String tolerance = risks + "/tolerance";
        call(get(tolerance), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tolerance").value(15))
                .andExpect(jsonPath("$.version").value(0));
        call(put(tolerance), DemoUsers.FIONA, Map.of("version", 0, "tolerance", 12))
                .andExpect(status().isForbidden());
        governance.board(id);
        call(put(tolerance), DemoUsers.FIONA, Map.of("tolerance", 12)).andExpect(status().isPreconditionRequired());
        call(put(tolerance), DemoUsers.FIONA, Map.of("version", 0, "tolerance", 0))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tolerance"));
        call(put(tolerance), DemoUsers.FIONA, Map.of("version", 0, "tolerance", 12))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tolerance").value(12))
                .andExpect(jsonPath("$.version").value(1));
        call(put(tolerance), DemoUsers.FIONA, Map.of("version", 0, "tolerance", 13))
                .andExpect(status().isConflict());
    }

    @Test
    void aScriptDownloadsTheRegister() throws Exception {
        call(post(risks), DemoUsers.FIONA, risk("Funding gap", 4, 4)).andExpect(status().isCreated());
        var xlsx = mvc.perform(get(risks + "/register.xlsx")
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.DAVID))
                        .accept(MediaType.ALL))
                .andExpect(status().isOk())
                .andExpect(content().contentType(scot.cairn.platform.web.Download.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("Funding gap");
        }
        mvc.perform(get(risks + "/register.pdf")
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.DAVID))
                        .accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void badInputGetsProblemDetailsNamingEachField() throws Exception {
        var bad = risk(" ", 6, 0);
        bad.put("residualLikelihood", 2);
        call(post(risks), DemoUsers.FIONA, bad)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'title')].message")
                        .value(org.hamcrest.Matchers.contains("Enter a title")))
                .andExpect(jsonPath("$.errors[?(@.field == 'likelihood')].message")
                        .value(org.hamcrest.Matchers.contains("Choose a likelihood from 1 to 5")))
                .andExpect(jsonPath("$.errors[?(@.field == 'impact')].message")
                        .value(org.hamcrest.Matchers.contains("Choose an impact from 1 to 5")))
                .andExpect(jsonPath("$.errors[?(@.field == 'residualImpact')].message")
                        .value(org.hamcrest.Matchers.contains(
                                "Give both the likelihood and the impact after the response, or neither")));
        call(post(risks), DemoUsers.DAVID, risk("Mine", 1, 1)).andExpect(status().isForbidden());
        call(get(risks), DemoUsers.MORVEN, null).andExpect(status().isNotFound());
        call(get(risks + "/999999"), DemoUsers.FIONA, null).andExpect(status().isNotFound());
    }
}
