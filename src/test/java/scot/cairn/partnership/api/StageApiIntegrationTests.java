package scot.cairn.partnership.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static scot.cairn.partnership.api.PartnershipApi.BASE;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

@CairnTest
class StageApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    PartnershipApi api;
    String fiona;
    long id;

    @BeforeEach
    void setUp() throws Exception {
        api = new PartnershipApi(mvc, json, users);
        fiona = api.token(DemoUsers.FIONA);
        id = api.start(fiona, users.current(DemoUsers.FIONA).organisationId());
    }

    @Test
    void stageDatesMustBeInOrder() throws Exception {
        int version = api.read(api.get(fiona, BASE + "/" + id + "/stages"), "$.version");
        var explore = stage("EXPLORE", "2026-01-01", "2026-03-31");
        var badDesign = stage("DESIGN", "2026-04-01", "2026-03-01");
        api.put(fiona, BASE + "/" + id + "/stages", Map.of("version", version, "stages", List.of(explore, badDesign)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stages[1].plannedEnd"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Design: the planned end must be on or after the planned start"));

        var early = stage("DESIGN", "2025-12-01", "2026-06-30");
        api.put(fiona, BASE + "/" + id + "/stages", Map.of("version", version, "stages", List.of(explore, early)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stages[1].plannedStart"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Design: the planned start must not be before Explore starts"));

        api.put(fiona, BASE + "/" + id + "/stages", Map.of("version", version, "stages", List.of(early, explore)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stages[1].stage"));
        api.put(
                        fiona,
                        BASE + "/" + id + "/stages",
                        Map.of("version", version, "stages", List.of(stage("CLOSED", null, null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stages[0].stage"));
        api.put(
                        fiona,
                        BASE + "/" + id + "/stages",
                        Map.of("version", version, "stages", List.of(stage("DESIGN", "2026-13-01", null))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stages[0].plannedStart"));

        var design = stage("DESIGN", "2026-04-01", "2026-10-31");
        api.put(fiona, BASE + "/" + id + "/stages", Map.of("version", version, "stages", List.of(explore, design)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(jsonPath("$.stages[1].plannedEnd").value("2026-10-31"));
        api.get(fiona, BASE + "/" + id + "/stages")
                .andExpect(jsonPath("$.stages[0].plannedStart").value("2026-01-01"))
                .andExpect(jsonPath("$.stages[4].stage").value("DELIVERY"));
        api.put(fiona, BASE + "/" + id + "/stages", Map.of("version", version, "stages", List.of(explore)))
                .andExpect(status().isConflict());
    }

    @Test
    void aClosedPartnershipKeepsItsRouteAndReasonAndMovesNoFurther() throws Exception {
        api.post(fiona, BASE + "/" + id + "/closure", Map.of("route", "STOPPED"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        api.post(fiona, BASE + "/" + id + "/closure", Map.of("route", "ABANDONED", "reason", "Gone"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("route"));

        api.post(
                        fiona,
                        BASE + "/" + id + "/closure",
                        Map.of("route", "MAINSTREAM_FUNDED", "reason", "The council funds it."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("CLOSED"))
                .andExpect(jsonPath("$.closure.route").value("MAINSTREAM_FUNDED"))
                .andExpect(jsonPath("$.closure.reason").value("The council funds it."))
                .andExpect(jsonPath("$.stages[0].status").value("done"))
                .andExpect(jsonPath("$.stages[1].status").value("not reached"));

        api.post(fiona, BASE + "/" + id + "/closure", Map.of("route", "STOPPED", "reason", "Again"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("This partnership is closed"));
        api.post(fiona, BASE + "/" + id + "/gate/approvals", "").andExpect(status().isForbidden());
        api.get(fiona, BASE + "/" + id + "/gate")
                .andExpect(jsonPath("$.to").doesNotExist())
                .andExpect(jsonPath("$.open").value(false));
        api.get(fiona, BASE + "/" + id + "/history")
                .andExpect(jsonPath("$[0].action").value("Partnership closed"))
                .andExpect(jsonPath("$[0].changes", hasItem("Reason: (none) -> The council funds it.")));
    }

    static Map<String, Object> stage(String stage, String plannedStart, String plannedEnd) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("stage", stage);
        body.put("plannedStart", plannedStart);
        body.put("plannedEnd", plannedEnd);
        return body;
    }
}
