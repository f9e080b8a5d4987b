package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Refusals;
import scot.cairn.support.Requests;

/**
 * An outcome framework, the sustainability evidence and a measurements file each have a stated limit that the pages,
 * the API, copying and the import share. A 20,000-row file, as the README promises, goes through the web import.
 */
@CairnTest
class OutcomeLimitsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    MeasurementService measurements;

    Requests requests;
    OutcomeFixtures.Small small;
    long id;
    String api;

    @BeforeEach
    void setUp() {
        requests = new Requests(mvc, users);
        small = fixtures.withFramework();
        id = small.partnershipId();
        api = "/api/v1/partnerships/" + id;
    }

    @Test
    void aFrameworkHasAtMostFiftyStakeholderGroups() throws Exception {
        fill(
                "insert into outcome_stakeholder_group (version, partnership_id, name, created_at)"
                        + " values (0, ?, ?, current_timestamp)",
                48,
                n -> new Object[] {id, "Group " + n});
        requests.api(HttpMethod.POST, api + "/stakeholders", DemoUsers.FIONA, "{\"name\":\"Fiftieth\"}")
                .andExpect(status().isCreated());

        String message = "An outcome framework has at most 50 stakeholder groups; this one would have 51";
        Refusals.onPage(
                requests.form("/partnerships/" + id + "/outcomes/stakeholders/new", DemoUsers.FIONA, "name", "More"),
                message);
        Refusals.inApi(
                requests.api(HttpMethod.POST, api + "/stakeholders", DemoUsers.FIONA, "{\"name\":\"More\"}"),
                "",
                message);
    }

    @Test
    void aFrameworkHasAtMostTwoHundredOutcomes() throws Exception {
        fill(
                "insert into outcome_outcome (version, partnership_id, stakeholder_group_id, name, created_at)"
                        + " values (0, ?, ?, ?, current_timestamp)",
                198,
                n -> new Object[] {id, small.stakeholderId(), "Outcome " + n});
        requests.api(HttpMethod.POST, api + "/outcomes", DemoUsers.FIONA, outcome("Two hundredth"))
                .andExpect(status().isCreated());

        String message = "An outcome framework has at most 200 outcomes; this one would have 201";
        Refusals.onPage(
                requests.form(
                        "/partnerships/" + id + "/outcomes/new",
                        DemoUsers.FIONA,
                        "stakeholderGroupId",
                        String.valueOf(small.stakeholderId()),
                        "name",
                        "More"),
                message);
        Refusals.inApi(requests.api(HttpMethod.POST, api + "/outcomes", DemoUsers.FIONA, outcome("More")), "", message);
    }

    @Test
    void aFrameworkHasAtMostFiveHundredIndicatorsAddedOrCopied() throws Exception {
        long source = fixtures.withFramework().partnershipId();
        fill(
                "insert into outcome_indicator (version, partnership_id, outcome_id, name, unit, direction, frequency,"
                        + " created_at) values (0, ?, ?, ?, 'people', 'HIGHER_IS_BETTER', 'QUARTERLY', current_timestamp)",
                497,
                n -> new Object[] {id, small.outcomeId(), "Indicator " + n});
        requests.api(HttpMethod.POST, api + "/indicators", DemoUsers.FIONA, indicator("Five hundredth"))
                .andExpect(status().isCreated());

        String message = "An outcome framework has at most 500 indicators; this one would have 501";
        Refusals.onPage(
                requests.form(
                        "/partnerships/" + id + "/outcomes/indicators/new",
                        DemoUsers.FIONA,
                        "outcomeId",
                        String.valueOf(small.outcomeId()),
                        "name",
                        "More",
                        "unit",
                        "people",
                        "direction",
                        "HIGHER_IS_BETTER",
                        "frequency",
                        "QUARTERLY"),
                message);
        Refusals.inApi(
                requests.api(HttpMethod.POST, api + "/indicators", DemoUsers.FIONA, indicator("More")), "", message);

        jdbc.sql("delete from outcome_indicator where partnership_id = ? and name = 'Five hundredth'")
                .param(id)
                .update();
        jdbc.sql("update outcome_stakeholder_group set name = 'Renamed' where partnership_id = ?")
                .param(id)
                .update();
        jdbc.sql("update outcome_outcome set name = 'Renamed outcome' where partnership_id = ?")
                .param(id)
                .update();
        jdbc.sql("update outcome_indicator set name = name || ' here' where partnership_id = ?")
                .param(id)
                .update();
        assertThat(Requests.text(requests.form(
                        "/partnerships/" + id + "/outcomes/copy", DemoUsers.FIONA, "sourceId", String.valueOf(source))))
                .contains("An outcome framework has at most 500 indicators; this one would have 501");
    }

    @Test
    void theSustainabilityEvidenceHasAtMostFiveMetrics() throws Exception {
        String metric = "{\"name\":\"Visits\",\"value\":\"1\",\"unit\":\"visits\"}";
        String six = String.join(",", java.util.Collections.nCopies(6, metric));
        Refusals.inApi(
                requests.api(
                        HttpMethod.PUT,
                        api + "/sustainability",
                        DemoUsers.FIONA,
                        "{\"details\":{\"metrics\":[" + six + "]}}"),
                "metrics",
                "The sustainability evidence has at most 5 volumes and service metrics; this one would have 6");
    }

    @Test
    void aTwentyThousandRowFileIsImportedThroughThePageAndOneRowMoreIsRefused() throws Exception {
        String file = csv(20_000);

        String preview = upload(file)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String html = Requests.text(requests.get(preview, DemoUsers.FIONA).andExpect(status().isOk()));
        assertThat(html)
                .contains("values.csv: 20,000 rows", "Save these measurements")
                .doesNotContain("rows have errors");
        requests.form(preview + "/confirm", DemoUsers.FIONA).andExpect(status().is3xxRedirection());
        assertThat(measurements.list(id, null, users.current(DemoUsers.FIONA))).hasSize(20_000);

        String over = csv(20_001);
        String message =
                "A file of measurements has at most 20,000 rows; this one has more: split it into smaller files";
        assertThat(Requests.text(upload(over).andExpect(status().isOk()))).contains("There is a problem", message);
        mvc.perform(MockMvcRequestBuilders.post(api + "/import")
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA))
                        .contentType("text/csv")
                        .content(over))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(message));
    }

    /** Rows for the two indicators, 20 past quarters and as many areas as it takes, each one different. */
    private static String csv(int rows) {
        var text = new StringBuilder("indicator,period,value,breakdown,source,notes\n");
        String[] indicators = {"Placements lasting a year", "Unplanned moves"};
        for (int i = 0; i < rows; i++) {
            int quarter = i / 2 % 20;
            text.append(indicators[i % 2])
                    .append(',')
                    .append(2020 + quarter / 4)
                    .append("-Q")
                    .append(quarter % 4 + 1)
                    .append(',')
                    .append(i % 97)
                    .append(",Area ")
                    .append(i / 40)
                    .append(",Case records,Checked\n");
        }
        return text.toString();
    }

    private ResultActions upload(String csv) throws Exception {
        var file = new MockMultipartFile("file", "values.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(MockMvcRequestBuilders.multipart("/partnerships/" + id + "/outcomes/import")
                .file(file)
                .with(users.as(DemoUsers.FIONA))
                .with(csrf()));
    }

    private void fill(String sql, int rows, java.util.function.IntFunction<Object[]> params) {
        for (int n = 1; n <= rows; n++) {
            jdbc.sql(sql).params(params.apply(n)).update();
        }
    }

    private String outcome(String name) {
        return "{\"stakeholderGroupId\":" + small.stakeholderId() + ",\"name\":\"" + name + "\"}";
    }

    private String indicator(String name) {
        return "{\"outcomeId\":" + small.outcomeId() + ",\"name\":\"" + name + "\",\"unit\":\"people\","
                + "\"direction\":\"HIGHER_IS_BETTER\",\"frequency\":\"QUARTERLY\"}";
    }
}
