package scot.cairn.planning.api;

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
import java.util.List;
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
class PlanApiIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    String plan;

    @BeforeEach
    void setUp() {
        plan = "/api/v1/partnerships/" + governance.newPartnership() + "/plan";
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

    static String day(int plus) {
        return LocalDate.now(ZoneId.of("Europe/London")).plusDays(plus).toString();
    }

    Map<String, Object> task(String title, List<Long> dependsOn) {
        var body = new HashMap<String, Object>();
        body.put("title", title);
        body.put("ownerId", users.current(DemoUsers.DAVID).personId());
        body.put("start", day(0));
        body.put("due", day(14));
        body.put("dependsOn", dependsOn);
        return body;
    }

    @Test
    void aScriptPlansTasksReportsProgressAndReachesAMilestone() throws Exception {
        call(post(plan + "/tasks"), DemoUsers.FIONA, task("Map placements", List.of()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("T-1"));
        String body = call(post(plan + "/tasks"), DemoUsers.FIONA, task("Design", List.of(1L)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.dependsOn[0]").value("T-1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int taskId = JsonPath.read(body, "$.id");

        var cycle = task("Map placements", List.of(2L));
        cycle.put("version", 0);
        call(put(plan + "/tasks/" + (taskId - 1)), DemoUsers.FIONA, cycle)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("dependsOn"));

        call(
                        post(plan + "/tasks/" + taskId + "/progress"),
                        DemoUsers.DAVID,
                        Map.of("version", 0, "status", "IN_PROGRESS", "percent", 25))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.percent").value(25));
        call(post(plan + "/tasks/" + taskId + "/progress"), DemoUsers.DAVID, Map.of("version", 0, "status", "DONE"))
                .andExpect(status().isConflict());

        var milestone = new HashMap<String, Object>();
        milestone.put("title", "Model agreed");
        milestone.put("due", day(20));
        milestone.put("ownerId", users.current(DemoUsers.FIONA).personId());
        String added = call(post(plan + "/milestones"), DemoUsers.FIONA, milestone)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.missed").value(false))
                .andReturn()
                .getResponse()
                .getContentAsString();
        milestone.put("version", 0);
        milestone.put("reachedOn", day(0));
        call(put(plan + "/milestones/" + JsonPath.read(added, "$.id")), DemoUsers.FIONA, milestone)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reachedOn").value(day(0)));

        call(get(plan + "?status=IN_PROGRESS"), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks.length()").value(1))
                .andExpect(jsonPath("$.totalTasks").value(2))
                .andExpect(jsonPath("$.milestones[0].title").value("Model agreed"));
    }

    @Test
    void badInputAndAccessGetProblemDetails() throws Exception {
        var bad = task(" ", List.of(7L));
        bad.put("due", day(-1));
        call(post(plan + "/tasks"), DemoUsers.FIONA, bad)
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title", "due")));
        call(post(plan + "/tasks"), DemoUsers.DAVID, task("Mine", List.of())).andExpect(status().isForbidden());
        call(get(plan), DemoUsers.MORVEN, null).andExpect(status().isNotFound());
        call(get(plan + "/tasks/999999"), DemoUsers.FIONA, null).andExpect(status().isNotFound());
    }
}
