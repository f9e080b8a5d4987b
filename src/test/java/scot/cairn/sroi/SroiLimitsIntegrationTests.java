package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Refusals;
import scot.cairn.support.Requests;

/**
 * An impact map has at most 2,000 rows, an analysis 500 inputs and a partnership 200 analyses, whichever way they are
 * added: the API (one row or the whole map), the pages or a spreadsheet.
 */
@CairnTest
class SroiLimitsIntegrationTests {

    static final String ROW = "{\"stakeholder\":\"Carers\",\"outcome\":\"Wellbeing\",\"indicator\":\"WEMWBS\","
            + "\"quantity\":10,\"durationYears\":2,\"proxyValue\":100,\"proxySource\":\"HACT\",\"deadweight\":10,"
            + "\"displacement\":0,\"attribution\":20,\"dropOff\":50}";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SroiFixture fixture;

    Requests requests;
    long id;
    long analysis;
    String api;

    @BeforeEach
    void setUp() {
        requests = new Requests(mvc, users);
        id = fixture.partnership();
        analysis = fixture.analysis(id, AnalysisType.FORECAST);
        api = "/api/v1/partnerships/" + id + "/sroi-analyses";
    }

    @Test
    void anImpactMapOfTwoThousandRowsIsTakenAndOneMoreIsRefusedEveryWay() throws Exception {
        String map = api + "/" + analysis + "/rows";
        Refusals.inApi(
                requests.api(HttpMethod.PUT, map, DemoUsers.FIONA, impactMap(2_001)),
                "rows",
                "An impact map has at most 2,000 rows; this one would have 2,001");
        requests.api(HttpMethod.PUT, map, DemoUsers.FIONA, impactMap(2_000))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(2_000));

        String message = "An impact map has at most 2,000 rows; this one would have 2,001";
        Refusals.onPage(
                requests.form(
                        "/partnerships/" + id + "/sroi/" + analysis + "/rows/new",
                        DemoUsers.FIONA,
                        "version",
                        String.valueOf(fixture.version(id, analysis)),
                        "stakeholder",
                        "Carers",
                        "outcome",
                        "Wellbeing",
                        "indicator",
                        "WEMWBS",
                        "quantitySource",
                        "ENTERED",
                        "quantity",
                        "1",
                        "durationYears",
                        "1",
                        "proxyValue",
                        "1",
                        "proxySource",
                        "HACT",
                        "deadweight",
                        "0",
                        "displacement",
                        "0",
                        "attribution",
                        "0",
                        "dropOff",
                        "0"),
                message);
        Refusals.inApi(
                requests.api(
                        HttpMethod.POST,
                        map,
                        DemoUsers.FIONA,
                        "{\"version\":" + fixture.version(id, analysis) + ",\"row\":" + ROW + "}"),
                "",
                message);
    }

    @Test
    void aSpreadsheetOfMoreThanTwoThousandRowsIsRefusedOnThePageAndInTheApi() throws Exception {
        byte[] workbook = WorkbookLimitsTests.map(2_001, "10");
        String message = "An impact map has at most 2,000 rows; this one has more";
        var page = mvc.perform(MockMvcRequestBuilders.multipart("/partnerships/" + id + "/sroi/" + analysis + "/import")
                .file(new MockMultipartFile("file", "map.xlsx", "application/octet-stream", workbook))
                .with(users.as(DemoUsers.FIONA))
                .with(csrf()));
        Refusals.onPage(page, message);
        var problem = mvc.perform(MockMvcRequestBuilders.multipart(api + "/" + analysis + "/workbook/preview")
                .file(new MockMultipartFile("file", "map.xlsx", "application/octet-stream", workbook))
                .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA)));
        Refusals.inApi(problem, "file", message);
    }

    @Test
    void anAnalysisHasAtMostFiveHundredInputs() throws Exception {
        for (int i = 0; i < 499; i++) {
            jdbc.sql("insert into sroi_input (analysis_id, row_index, stakeholder, cash, in_kind)"
                            + " values (?, ?, ?, 10, 0)")
                    .params(analysis, i, "Funder " + i)
                    .update();
        }
        String inputs = api + "/" + analysis + "/inputs";
        requests.api(HttpMethod.POST, inputs, DemoUsers.FIONA, input(fixture.version(id, analysis)))
                .andExpect(status().isCreated());

        String message = "An SROI analysis has at most 500 inputs; this one would have 501";
        Refusals.onPage(
                requests.form(
                        "/partnerships/" + id + "/sroi/" + analysis + "/inputs/new",
                        DemoUsers.FIONA,
                        "version",
                        String.valueOf(fixture.version(id, analysis)),
                        "stakeholder",
                        "Council",
                        "cash",
                        "1",
                        "inKind",
                        "0"),
                message);
        Refusals.inApi(
                requests.api(HttpMethod.POST, inputs, DemoUsers.FIONA, input(fixture.version(id, analysis))),
                "",
                message);
    }

    @Test
    void aPartnershipHasAtMostTwoHundredAnalyses() throws Exception {
        for (int i = 0; i < 198; i++) {
            jdbc.sql("insert into sroi_analysis (version, partnership_id, title, kind, period_from, period_to,"
                            + " discount_rate, discount_first_year, deductions, drop_off_method, status, created_at)"
                            + " select 0, partnership_id, title, kind, period_from, period_to, discount_rate,"
                            + " discount_first_year, deductions, drop_off_method, status, created_at"
                            + " from sroi_analysis where id = ?")
                    .param(analysis)
                    .update();
        }
        String start = "{\"title\":\"Two hundredth\",\"kind\":\"FORECAST\",\"periodFrom\":\"2025-01-01\","
                + "\"periodTo\":\"2025-12-31\"}";
        requests.api(HttpMethod.POST, api, DemoUsers.FIONA, start).andExpect(status().isCreated());

        String message = "A partnership has at most 200 SROI analyses; this one would have 201";
        Refusals.onPage(
                requests.form(
                        "/partnerships/" + id + "/sroi/new",
                        DemoUsers.FIONA,
                        "title",
                        "One more",
                        "kind",
                        "FORECAST",
                        "periodFrom",
                        "2025-01-01",
                        "periodTo",
                        "2025-12-31"),
                message);
        Refusals.inApi(requests.api(HttpMethod.POST, api + "/" + analysis + "/copy", DemoUsers.FIONA, ""), "", message);
        assertThat(jdbc.sql("select count(*) from sroi_analysis where partnership_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(200);
    }

    private String impactMap(int rows) {
        return "{\"version\":" + fixture.version(id, analysis) + ",\"rows\":["
                + String.join(",", Collections.nCopies(rows, ROW)) + "]}";
    }

    private static String input(int version) {
        return "{\"version\":" + version + ",\"input\":{\"stakeholder\":\"Council\",\"cash\":1,\"inKind\":0}}";
    }
}
