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

    @Test
    void aScriptProposesABaselineAndDownloadsThePlanAsAWorkbookAndACalendar() throws Exception {
        call(post(plan + "/tasks"), DemoUsers.FIONA, task("Map placements", List.of()))
                .andExpect(status().isCreated());
        var milestone = new HashMap<String, Object>();
        milestone.put("title", "Model agreed");
        milestone.put("due", day(20));
        milestone.put("ownerId", users.current(DemoUsers.FIONA).personId());
        call(post(plan + "/milestones"), DemoUsers.FIONA, milestone).andExpect(status().isCreated());

        call(post(plan + "/baselines"), DemoUsers.FIONA, null)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("B-1"))
                .andExpect(jsonPath("$.tasks").value(1))
                .andExpect(jsonPath("$.decisionReference").exists());
        call(post(plan + "/baselines"), DemoUsers.FIONA, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("still waits for the board")));
        call(post(plan + "/baselines"), DemoUsers.DAVID, null).andExpect(status().isForbidden());
        call(get(plan + "/baselines"), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].decisionStatusKey").value("governance.decisionStatus.DRAFT"));

        var xlsx = mvc.perform(
                        get(plan + "/plan.xlsx").header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(scot.cairn.platform.web.Download.XLSX))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var tasks = book.getSheet("Tasks");
            org.assertj.core.api.Assertions.assertThat(
                            tasks.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Number");
            org.assertj.core.api.Assertions.assertThat(
                            tasks.getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Map placements");
            org.assertj.core.api.Assertions.assertThat(
                            tasks.getRow(1).getCell(6).getStringCellValue())
                    .isEqualTo(day(14));
            org.assertj.core.api.Assertions.assertThat(
                            book.getSheet("Milestones").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Model agreed");
        }

        var ics = mvc.perform(get(plan + "/plan.ics").header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/calendar"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.ByteArrayInputStream(ics));
        var events = calendar.<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT");
        org.assertj.core.api.Assertions.assertThat(events)
                .extracting(e -> e.getSummary().getValue())
                .containsExactlyInAnyOrder("T-1 due: Map placements", "Milestone: Model agreed");
        org.assertj.core.api.Assertions.assertThat(events)
                .extracting(e -> e.getDateTimeStart().getValue())
                .contains(day(14).replace("-", ""));
        mvc.perform(get(plan + "/plan.ics").header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.MORVEN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aScriptAddsAWorkPackageAndPutsATaskInIt() throws Exception {
        long id = Long.parseLong(plan.split("/")[4]);
        var fiona = users.current(DemoUsers.FIONA);
        var groups = users.bean(scot.cairn.governance.GroupService.class);
        var team = groups.create(id, scot.cairn.governance.GroupKind.PROJECT_TEAM, fiona);
        groups.addMember(id, team.id(), scot.cairn.governance.MemberDetails.of(DemoUsers.FIONA, false), fiona);
        groups.addWorkstream(id, team.id(), "Recruitment", fiona.personId(), fiona);
        var wp = new HashMap<String, Object>();
        wp.put("title", "Carer recruitment campaign");
        wp.put("workstream", "Nowhere");
        wp.put("leadId", fiona.personId());
        call(post(plan + "/packages"), DemoUsers.FIONA, wp)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("workstream"));
        wp.put("workstream", "Recruitment");
        String created = call(post(plan + "/packages"), DemoUsers.FIONA, wp)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("WP-1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long packageId = ((Number) JsonPath.read(created, "$.id")).longValue();
        var body = task("Design the leaflet", List.of());
        body.put("workPackageId", packageId);
        call(post(plan + "/tasks"), DemoUsers.FIONA, body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.workstream").value("Recruitment"))
                .andExpect(jsonPath("$.workPackage").value("WP-1 Carer recruitment campaign"));
        call(get(plan + "/packages"), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].tasks").value(1));
        wp.put("title", "Campaign");
        call(put(plan + "/packages/" + packageId), DemoUsers.FIONA, wp).andExpect(status().isPreconditionRequired());
    }

    @Test
    void aScriptChecksAFileOfTasksAndConfirmsIt() throws Exception {
        String csv = "title,owner,start,due\nWrite the brief,David Kerr," + day(1) + "," + day(5) + "\nBad,Nobody,"
                + day(1) + "," + day(5) + "\n";
        var request = post(plan + "/import")
                .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA))
                .contentType("text/csv")
                .content(csv);
        String body = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.confirmable").value(false))
                .andExpect(
                        jsonPath("$.rows[1].errors.owner").value("No one called Nobody takes part in this partnership"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String importId = JsonPath.read(body, "$.importId");
        call(post(plan + "/import/" + importId + "/confirm"), DemoUsers.FIONA, null)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        String good = mvc.perform(post(plan + "/import")
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA))
                        .contentType("text/csv")
                        .content("title,owner,start,due\nWrite the brief,David Kerr," + day(1) + "," + day(5) + "\n"))
                .andExpect(jsonPath("$.confirmable").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        call(post(plan + "/import/" + JsonPath.read(good, "$.importId") + "/confirm"), DemoUsers.FIONA, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(1));
        mvc.perform(post(plan + "/import")
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.DAVID))
                        .contentType("text/csv")
                        .content("title,owner,start,due\n"))
                .andExpect(status().isForbidden());
    }
}
