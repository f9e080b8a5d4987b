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
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.OutcomeFixtures;
import scot.cairn.outcome.Period;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/** Sign-off, revisions, results and sustainability evidence through the API, with their refusals. */
@CairnTest
class EvidenceApiIntegrationTests {

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

    @Autowired
    MeasurementService measurements;

    OutcomeFixtures fixtures() {
        return outcomeFixtures;
    }

    @Test
    void analystSubmitsBoardMemberApprovesAndCorrectionsBecomeRevisions() throws Exception {
        var small = fixtures().withFramework();
        String base = "/api/v1/partnerships/" + small.partnershipId();
        measurements.saveGrid(
                small.partnershipId(),
                Period.ofQuarter(2026, 1),
                Map.of(small.stable(), "12"),
                users.current(DemoUsers.DAVID));

        send(get(base + "/periods/2026-Q1/signoff"), DemoUsers.SAM, null).andExpect(status().isNotFound());
        send(post(base + "/periods/2026-Q1/submit"), DemoUsers.SAM, null).andExpect(status().isForbidden());
        send(post(base + "/periods/2026-Q1/submit"), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period").value("2026-Q1"))
                .andExpect(jsonPath("$.submittedBy").value("David Kerr"))
                .andExpect(jsonPath("$.approvedAt").doesNotExist())
                .andExpect(jsonPath("$.stillNeeded")
                        .value("Needs approval from a public-sector and a third-sector board member."));
        send(post(base + "/periods/2026-Q1/submit"), DemoUsers.DAVID, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("2026-Q1 has already been submitted"));
        // Sam reads only; Fiona (public sector) and David (third sector) sit on the board
        send(post(base + "/periods/2026-Q1/approve"), DemoUsers.SAM, Map.of("version", version(base)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail")
                        .value(scot.cairn.platform.English.of(
                                scot.cairn.platform.Message.of(PartnershipScope.OBSERVERS_READ))));
        send(post(base + "/periods/2026-Q1/approve"), DemoUsers.IAIN, Map.of("version", 0))
                .andExpect(status().isNotFound());
        send(post(base + "/periods/2026-Q1/approve"), DemoUsers.FIONA, null)
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        int seen = version(base);
        send(post(base + "/periods/2026-Q1/approve"), DemoUsers.FIONA, Map.of("version", seen))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvals[0].name").value("Fiona Reid"))
                .andExpect(jsonPath("$.approvedAt").doesNotExist());
        send(post(base + "/periods/2026-Q1/approve"), DemoUsers.DAVID, Map.of("version", seen))
                .andExpect(status().isConflict());
        send(post(base + "/periods/2026-Q1/approve"), DemoUsers.DAVID, Map.of("version", version(base)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvals[1].sector").value("THIRD"))
                .andExpect(jsonPath("$.approvedAt").exists());
        send(get(base + "/periods/2026-Q1/signoff"), DemoUsers.SAM, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvals.length()").value(2));

        measurements.saveGrid(
                small.partnershipId(),
                Period.ofQuarter(2026, 1),
                Map.of(small.stable(), "11"),
                users.current(DemoUsers.DAVID));
        long measurementId = ((Number) JsonPath.read(
                        body(send(get(base + "/measurements?period=2026-Q1"), DemoUsers.SAM, null)), "$[0].id"))
                .longValue();
        send(get(base + "/periods/2026-Q1/signoff"), DemoUsers.SAM, null)
                .andExpect(jsonPath("$.approvedAt").doesNotExist())
                .andExpect(jsonPath("$.approvals.length()").value(0))
                .andExpect(jsonPath("$.reopenedAt").exists());
        send(get(base + "/measurements/" + measurementId + "/revisions"), DemoUsers.SAM, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].oldValue").value(12))
                .andExpect(jsonPath("$[0].newValue").value(11))
                .andExpect(jsonPath("$[0].changedBy").value("David Kerr"))
                .andExpect(jsonPath("$[0].revision").value(2));
        send(get(base + "/measurements/" + measurementId + "/revisions"), DemoUsers.IAIN, null)
                .andExpect(status().isNotFound());
        var other = fixtures().withFramework();
        send(
                        get("/api/v1/partnerships/" + other.partnershipId() + "/measurements/" + measurementId
                                + "/revisions"),
                        DemoUsers.FIONA,
                        null)
                .andExpect(status().isNotFound());
    }

    @Test
    void aManagerOffTheBoardCannotApprove() throws Exception {
        long id = fixtures().plainPartnership();
        String base = "/api/v1/partnerships/" + id;
        send(post(base + "/periods/2026-Q2/submit"), DemoUsers.FIONA, null).andExpect(status().isOk());
        send(post(base + "/periods/2026-Q2/approve"), DemoUsers.FIONA, null).andExpect(status().isForbidden());
        send(post(base + "/periods/soon/approve"), DemoUsers.FIONA, null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"));
    }

    @Test
    void resultsGiveEachPeriodsStatusAndTheOverallOne() throws Exception {
        var small = fixtures().withFramework();
        measurements.saveGrid(
                small.partnershipId(),
                Period.ofQuarter(2026, 1),
                Map.of(small.stable(), "12"),
                users.current(DemoUsers.DAVID));
        send(
                        get("/api/v1/partnerships/" + small.partnershipId() + "/indicators/" + small.stable()
                                + "/results"),
                        DemoUsers.SAM,
                        null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall").value("NO_TARGET"))
                .andExpect(jsonPath("$.rows[0].period").value("2026-Q1"))
                .andExpect(jsonPath("$.rows[0].actual").value(12))
                .andExpect(jsonPath("$.rows[0].approved").value(false));
    }

    @Test
    void sustainabilityEvidenceIsReadAndChangedWithCostsWorkedOut() throws Exception {
        long id = fixtures().partnership();
        String url = "/api/v1/partnerships/" + id + "/sustainability";
        send(get(url), DemoUsers.SAM, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").doesNotExist())
                .andExpect(jsonPath("$.costPerParticipant.cannot")
                        .value("Cannot compute: the pilot budget is not recorded."));

        var details = Map.of(
                "pilotBudget", "1000",
                "participants", "3",
                "viability", "Viable.",
                "metrics", List.of(Map.of("name", "Visits", "value", "20", "unit", "visits")));
        send(put(url), DemoUsers.DAVID, Map.of("details", details))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.pilotBudget").value(1000))
                .andExpect(jsonPath("$.costPerParticipant.value").value(333.3333333333))
                .andExpect(jsonPath("$.metrics[0].name").value("Visits"));

        send(put(url), DemoUsers.DAVID, Map.of("version", 5, "details", details))
                .andExpect(status().isConflict());
        var problem = body(send(put(url), DemoUsers.DAVID, Map.of("version", 0, "details", Map.of("participants", "x")))
                .andExpect(status().isBadRequest()));
        assertThat((List<String>) JsonPath.read(problem, "$.errors[*].field")).containsExactly("participants");
        send(put(url), DemoUsers.SAM, Map.of("details", details)).andExpect(status().isForbidden());
        send(get(url), DemoUsers.IAIN, null).andExpect(status().isNotFound());
        send(put(url), DemoUsers.IAIN, Map.of("details", details)).andExpect(status().isNotFound());
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

    /** The sign-off's version of 2026-Q1, as the API shows it. */
    private int version(String base) throws Exception {
        return JsonPath.read(body(send(get(base + "/periods/2026-Q1/signoff"), DemoUsers.FIONA, null)), "$.version");
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
