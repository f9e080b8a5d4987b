package scot.cairn.outcome.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.outcome.OutcomeFixtures;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/** The outcome API: building a framework, recording and importing measurements, refusals and bad input. */
@CairnTest
class OutcomeApiIntegrationTests {

    @Autowired
    OutcomeFixtures outcomeFixtures;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    OutcomeFixtures fixtures() {
        return outcomeFixtures;
    }

    @Test
    void memberBuildsAFrameworkAndChangesItWithTheVersion() throws Exception {
        long id = fixtures().partnership();
        String base = "/api/v1/partnerships/" + id;
        var group = body(send(post(base + "/stakeholders"), DemoUsers.DAVID, Map.of("name", "Foster carers"))
                .andExpect(status().isCreated()));
        long groupId = ((Number) JsonPath.read(group, "$.id")).longValue();
        var outcome = body(send(
                        post(base + "/outcomes"),
                        DemoUsers.DAVID,
                        Map.of("stakeholderGroupId", groupId, "name", "Carers stay"))
                .andExpect(status().isCreated()));
        long outcomeId = ((Number) JsonPath.read(outcome, "$.id")).longValue();
        var indicator = Map.<String, Object>of(
                "outcomeId",
                outcomeId,
                "name",
                "Carers retained",
                "unit",
                "carers",
                "direction",
                "HIGHER_IS_BETTER",
                "frequency",
                "QUARTERLY",
                "target",
                55);
        var created = body(send(post(base + "/indicators"), DemoUsers.DAVID, indicator)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.target").value(55)));
        long indicatorId = ((Number) JsonPath.read(created, "$.id")).longValue();

        var renamed = new java.util.HashMap<>(indicator);
        renamed.put("name", "Carers still approved");
        send(put(base + "/indicators/" + indicatorId), DemoUsers.DAVID, Map.of("version", 0, "details", renamed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Carers still approved"))
                .andExpect(jsonPath("$.version").value(1));
        send(put(base + "/indicators/" + indicatorId), DemoUsers.DAVID, Map.of("version", 0, "details", renamed))
                .andExpect(status().isConflict());
        send(get(base + "/indicators"), DemoUsers.SAM, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Carers still approved"));
    }

    @Test
    void badInputAnswers400WithTheField() throws Exception {
        var small = fixtures().withFramework();
        String base = "/api/v1/partnerships/" + small.partnershipId();
        var problem = body(send(post(base + "/stakeholders"), DemoUsers.FIONA, Map.of("name", "children IN care"))
                .andExpect(status().isBadRequest()));
        assertThat(fields(problem)).containsExactly("name");
        problem = body(send(post(base + "/indicators"), DemoUsers.FIONA, Map.of("name", "x"))
                .andExpect(status().isBadRequest()));
        assertThat(fields(problem)).contains("outcomeId", "unit", "direction", "frequency");
        problem = body(send(
                        post(base + "/measurements"),
                        DemoUsers.FIONA,
                        Map.of("indicator", "Unplanned moves", "period", "2026-Q7", "value", "many"))
                .andExpect(status().isBadRequest()));
        assertThat(fields(problem)).containsExactly("period", "value");
        send(get(base + "/measurements?period=soon"), DemoUsers.FIONA, null).andExpect(status().isBadRequest());
    }

    @Test
    void recordsAMeasurementOnceAndImportsCsvInTwoSteps() throws Exception {
        var small = fixtures().withFramework();
        String base = "/api/v1/partnerships/" + small.partnershipId();
        var row = Map.of("indicator", "Unplanned moves", "period", "2026-Q3", "value", 3, "breakdown", "Falkirk North");
        send(post(base + "/measurements"), DemoUsers.DAVID, row)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.enteredBy").value("David Kerr"))
                .andExpect(jsonPath("$.value").value(3));
        var again =
                body(send(post(base + "/measurements"), DemoUsers.DAVID, row).andExpect(status().isBadRequest()));
        assertThat(again).contains("is already recorded");

        var bad = body(csv(
                        base + "/import",
                        DemoUsers.DAVID,
                        "indicator,period,value\nUnplanned moves,2026-Q2,1\nNobody,2026-Q2,1\n")
                .andExpect(status().isOk()));
        assertThat((Map<String, Object>) JsonPath.read(bad, "$.rows[0].errors")).isEmpty();
        assertThat((String) JsonPath.read(bad, "$.rows[0].period")).isEqualTo("2026-Q2");
        assertThat((String) JsonPath.read(bad, "$.rows[1].errors.indicator"))
                .isEqualTo("No indicator called Nobody in this partnership’s framework");
        String badId = JsonPath.read(bad, "$.importId");
        send(post(base + "/import/" + badId + "/confirm"), DemoUsers.DAVID, null)
                .andExpect(status().isBadRequest());

        var good = body(csv(base + "/import", DemoUsers.DAVID, "indicator,period,value\nUnplanned moves,2026-Q2,1\n")
                .andExpect(status().isOk()));
        String goodId = JsonPath.read(good, "$.importId");
        send(post(base + "/import/" + goodId + "/confirm"), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.saved").value(1));
        send(get(base + "/measurements?period=2026-Q2"), DemoUsers.SAM, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].period").value("2026-Q2"));
    }

    @Test
    void observersAreRefusedChangesAndOutsidersFindNothing() throws Exception {
        var small = fixtures().withFramework();
        String base = "/api/v1/partnerships/" + small.partnershipId();
        send(post(base + "/stakeholders"), DemoUsers.SAM, Map.of("name", "Sneaky"))
                .andExpect(status().isForbidden());
        send(
                        post(base + "/measurements"),
                        DemoUsers.SAM,
                        Map.of("indicator", "Unplanned moves", "period", "2026-Q3", "value", 3))
                .andExpect(status().isForbidden());
        csv(base + "/import", DemoUsers.SAM, "indicator,period,value\n").andExpect(status().isForbidden());
        send(get(base + "/stakeholders"), DemoUsers.IAIN, null).andExpect(status().isNotFound());
        send(get(base + "/measurements"), DemoUsers.IAIN, null).andExpect(status().isNotFound());
        send(post(base + "/outcomes"), DemoUsers.IAIN, Map.of("stakeholderGroupId", small.stakeholderId(), "name", "x"))
                .andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder get(String url) {
        return MockMvcRequestBuilders.get(url);
    }

    private static MockHttpServletRequestBuilder post(String url) {
        return MockMvcRequestBuilders.post(url);
    }

    private static MockHttpServletRequestBuilder put(String url) {
        return MockMvcRequestBuilders.put(url);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, users.bearer(who)).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private ResultActions csv(String url, String who, String text) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url)
                .header(HttpHeaders.AUTHORIZATION, users.bearer(who))
                .contentType("text/csv")
                .accept(MediaType.APPLICATION_JSON)
                .content(text));
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static List<String> fields(String problem) {
        return JsonPath.read(problem, "$.errors[*].field");
    }
}
