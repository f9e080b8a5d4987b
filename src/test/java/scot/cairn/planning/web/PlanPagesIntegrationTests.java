package scot.cairn.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** The plan's pages as Fiona (manager), David (member, owner of a task), Sam (observer) and Morven (outsider). */
@CairnTest
class PlanPagesIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    MembershipService membership;

    @Autowired
    scot.cairn.planning.PlanService plans;

    long id;
    String base;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        membership.setMember(id, DemoUsers.SAM, MemberRole.OBSERVER, users.current(DemoUsers.FIONA));
        base = "/partnerships/" + id + "/plan";
    }

    ResultActions get(String url, String who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(users.as(who)));
    }

    ResultActions post(String url, String who, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(url).with(users.as(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    String page(String url, String who) throws Exception {
        return html(get(url, who).andExpect(status().isOk()));
    }

    static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static String day(int plus) {
        return LocalDate.now(ZoneId.of("Europe/London")).plusDays(plus).toString();
    }

    String addTask(String title, String dependsOn) throws Exception {
        long david = users.current(DemoUsers.DAVID).personId();
        return post(
                        base + "/tasks",
                        DemoUsers.FIONA,
                        "title",
                        title,
                        "ownerId",
                        Long.toString(david),
                        "start",
                        day(0),
                        "due",
                        day(10),
                        "stage",
                        "DESIGN",
                        "dependsOn",
                        dependsOn)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(base + "/tasks/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    @Test
    void aManagerPlansThroughTheFormsAndTheOwnerReportsProgress() throws Exception {
        assertThat(page(base, DemoUsers.FIONA)).contains("No milestones yet.", "Add a task", "Add a milestone");
        var refused = html(
                post(base + "/tasks", DemoUsers.FIONA, "title", "", "start", day(5), "due", day(1), "dependsOn", "T-9")
                        .andExpect(status().isOk()));
        assertThat(refused)
                .contains("<a href=\"#title\">Enter what the task is</a>")
                .contains("<a href=\"#ownerId\">Choose an owner</a>")
                .contains("<a href=\"#due\">The due date must be on or after the start date</a>");

        addTask("Map current placements", "");
        var second = addTask("Design the model", "T-1");
        var refusedCycle = html(post(
                        base + "/tasks/" + second.replaceAll(".*/", "") + "/edit",
                        DemoUsers.FIONA,
                        "version",
                        "0",
                        "title",
                        "Design the model",
                        "ownerId",
                        Long.toString(users.current(DemoUsers.DAVID).personId()),
                        "start",
                        day(0),
                        "due",
                        day(10),
                        "dependsOn",
                        "T-2")
                .andExpect(status().isOk()));
        assertThat(refusedCycle).contains("<a href=\"#dependsOn\">A task cannot wait for itself</a>");
        assertThat(page(base, DemoUsers.SAM))
                .contains("T-1", "Map current placements", "After T-1", "Tasks 1 to 2 of 2 shown (2 in the plan)")
                .doesNotContain("Add a task");
        assertThat(page(base + "?status=DONE", DemoUsers.SAM)).contains("0 of 2 tasks", "No tasks to show.");

        assertThat(page(second, DemoUsers.SAM)).doesNotContain("Report progress");
        assertThat(page(second, DemoUsers.DAVID)).contains("Report progress");
        var blocked = html(post(
                        second + "/progress",
                        DemoUsers.DAVID,
                        "version",
                        "0",
                        "status",
                        "BLOCKED",
                        "percent",
                        "30",
                        "blockedReason",
                        "")
                .andExpect(status().isOk()));
        assertThat(blocked).contains("<a href=\"#blockedReason\">Say why the task is blocked</a>");
        post(second + "/progress", DemoUsers.DAVID, "version", "0", "status", "IN_PROGRESS", "percent", "30")
                .andExpect(status().is3xxRedirection());
        assertThat(page(second, DemoUsers.SAM)).contains("In progress, 30% done");
    }

    @Test
    void milestonesAreAddedAndReached() throws Exception {
        long fiona = users.current(DemoUsers.FIONA).personId();
        post(
                        base + "/milestones",
                        DemoUsers.FIONA,
                        "title",
                        "Model agreed",
                        "due",
                        day(-1),
                        "ownerId",
                        Long.toString(fiona))
                .andExpect(status().is3xxRedirection());
        assertThat(page(base, DemoUsers.SAM)).contains("Model agreed", "Missed").doesNotContain("Reached today");
        assertThat(page(base, DemoUsers.FIONA)).contains("Reached today");
        long mid = plans.plan(id, scot.cairn.planning.PlanFilter.NONE, 1, users.current(DemoUsers.FIONA))
                .milestones()
                .get(0)
                .id();
        post(
                        base + "/milestones/" + mid + "/edit",
                        DemoUsers.FIONA,
                        "version",
                        "0",
                        "title",
                        "Model agreed",
                        "due",
                        day(-1),
                        "ownerId",
                        Long.toString(fiona),
                        "reachedOn",
                        day(-2))
                .andExpect(status().is3xxRedirection());
        assertThat(page(base, DemoUsers.SAM)).contains("Reached on").doesNotContain(">Missed<");
    }

    @Test
    void theOwnerMarksAMilestoneReachedWithOneButton() throws Exception {
        long david = users.current(DemoUsers.DAVID).personId();
        post(
                        base + "/milestones",
                        DemoUsers.FIONA,
                        "title",
                        "Carers consulted",
                        "due",
                        day(3),
                        "ownerId",
                        Long.toString(david))
                .andExpect(status().is3xxRedirection());
        long mid = plans.plan(id, scot.cairn.planning.PlanFilter.NONE, 1, users.current(DemoUsers.FIONA))
                .milestones()
                .get(0)
                .id();
        assertThat(page(base, DemoUsers.DAVID)).contains("Reached today");
        post(base + "/milestones/" + mid + "/reached", DemoUsers.DAVID, "version", "0")
                .andExpect(status().is3xxRedirection());
        assertThat(page(base, DemoUsers.SAM)).contains("Reached on").doesNotContain("Reached today");
        var stale = html(post(base + "/milestones/" + mid + "/reached", DemoUsers.FIONA, "version", "0")
                .andExpect(status().isOk()));
        assertThat(stale).contains("href=\"#reached-" + mid + "\"");
    }

    @Test
    void observersCannotOpenTheFormsAndOutsidersSeeNothing() throws Exception {
        get(base + "/tasks/new", DemoUsers.SAM).andExpect(status().isForbidden());
        post(base + "/tasks", DemoUsers.DAVID, "title", "Mine").andExpect(status().isForbidden());
        get(base, DemoUsers.MORVEN).andExpect(status().isNotFound());
    }

    @Test
    void theTimelineDrawsThePlanAndABaselineIsProposedFromItsPage() throws Exception {
        governance.board(id);
        addTask("Map current placements", "");
        var plan = page(base, DemoUsers.FIONA);
        assertThat(plan)
                .contains("The board has not approved a baseline yet")
                .contains("<svg", "Timeline of no milestones and 1 task", "T-1 Map current placements")
                .doesNotContain("Against the baseline");
        assertThat(page(base + "/baselines", DemoUsers.DAVID))
                .contains("The board has not been asked")
                .doesNotContain("Ask the board to approve the plan</button>");
        post(base + "/baselines", DemoUsers.DAVID).andExpect(status().isForbidden());

        post(base + "/baselines", DemoUsers.FIONA)
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        base + "/baselines"));
        var listed = page(base + "/baselines", DemoUsers.FIONA);
        assertThat(listed).contains("B-1", "1 task, no milestones", "Awaiting approval");
        var again = html(post(base + "/baselines", DemoUsers.FIONA).andExpect(status().isOk()));
        assertThat(again).contains("Baseline B-1 still waits for the board");
        get(base + "/baselines", DemoUsers.MORVEN).andExpect(status().isNotFound());
    }

    @Test
    void aLongPlanIsShownAHundredTasksAPage() throws Exception {
        var fiona = users.current(DemoUsers.FIONA);
        long david = users.current(DemoUsers.DAVID).personId();
        for (int i = 1; i <= 101; i++) {
            plans.addTask(
                    id,
                    new scot.cairn.planning.TaskDetails(
                            "Task number " + i,
                            null,
                            null,
                            david,
                            LocalDate.parse(day(0)),
                            LocalDate.parse(day(i)),
                            java.util.List.of()),
                    fiona);
        }
        var first = page(base, DemoUsers.SAM);
        assertThat(first)
                .contains("Tasks 1 to 100 of 101 shown (101 in the plan)", "Page 1 of 2", "Task number 100<")
                .doesNotContain("Task number 101<");
        var second = page(base + "?page=2", DemoUsers.SAM);
        assertThat(second).contains("Task number 101<", "Page 2 of 2").doesNotContain("Task number 100<");
    }

    @Test
    void theHomePageListsTheTasksAPersonOwnsWhateverTheirDate() throws Exception {
        var fiona = users.current(DemoUsers.FIONA);
        // Iain owns no other tasks, so his list is not full of other tests' tasks.
        membership.setMember(id, DemoUsers.IAIN, MemberRole.MEMBER, fiona);
        long iain = users.current(DemoUsers.IAIN).personId();
        var later = plans.addTask(
                id,
                new scot.cairn.planning.TaskDetails(
                        "Write the evaluation plan far ahead",
                        null,
                        null,
                        iain,
                        LocalDate.parse(day(40)),
                        LocalDate.parse(day(60)),
                        java.util.List.of()),
                fiona);
        var home = page("/", DemoUsers.IAIN);
        assertThat(home).contains("My tasks");
        assertThat(home.substring(home.indexOf("My tasks")))
                .contains(later.reference() + " Write the evaluation plan far ahead: Not started, 0% done");
        assertThat(home.substring(0, home.indexOf("My tasks"))).doesNotContain("Write the evaluation plan far ahead");
        plans.report(
                id,
                later.id(),
                later.version(),
                new scot.cairn.planning.ProgressDetails(scot.cairn.planning.TaskStatus.DONE, 100, null),
                users.current(DemoUsers.IAIN));
        assertThat(page("/", DemoUsers.IAIN)).doesNotContain("Write the evaluation plan far ahead");
        assertThat(page("/", DemoUsers.FIONA)).doesNotContain("Write the evaluation plan far ahead");
    }

    @Test
    void aManagerDividesAWorkstreamIntoWorkPackagesThroughTheForms() throws Exception {
        var fiona = users.current(DemoUsers.FIONA);
        var groups = users.bean(scot.cairn.governance.GroupService.class);
        var team = groups.create(id, scot.cairn.governance.GroupKind.PROJECT_TEAM, fiona);
        groups.addMember(id, team.id(), scot.cairn.governance.MemberDetails.of(DemoUsers.FIONA, false), fiona);
        groups.addWorkstream(id, team.id(), "Recruitment", fiona.personId(), fiona);
        get(base + "/packages/new", DemoUsers.DAVID).andExpect(status().isForbidden());
        assertThat(page(base + "/packages/new", DemoUsers.FIONA)).contains("Add a work package");

        var refused = html(post(base + "/packages", DemoUsers.FIONA, "title", "", "workstream", "", "leadId", "")
                .andExpect(status().isOk()));
        assertThat(refused)
                .contains("<a href=\"#title\">Enter what the work package is</a>")
                .contains("<a href=\"#workstream\">Choose the workstream the work package belongs to</a>");
        post(
                        base + "/packages",
                        DemoUsers.FIONA,
                        "title",
                        "Carer recruitment campaign",
                        "workstream",
                        "Recruitment",
                        "leadId",
                        Long.toString(fiona.personId()))
                .andExpect(status().is3xxRedirection());
        var plan = page(base, DemoUsers.SAM);
        assertThat(plan).contains("WP-1", "Carer recruitment campaign", "No tasks, 0% done on average");
        assertThat(page(base + "/tasks/new", DemoUsers.FIONA)).contains("WP-1 Carer recruitment campaign");
    }

    @Test
    void aManagerUploadsASpreadsheetOfTasksChecksThePreviewAndAddsThem() throws Exception {
        get(base + "/import", DemoUsers.DAVID).andExpect(status().isForbidden());
        assertThat(page(base + "/import", DemoUsers.FIONA)).contains("Import tasks", "Upload and check");
        var bad = new org.springframework.mock.web.MockMultipartFile(
                "file", "tasks.csv", "text/csv", "title,owner,start,due\nA,Nobody,2027-02-01,2027-02-02\n".getBytes());
        var refused = mvc.perform(MockMvcRequestBuilders.multipart(base + "/import")
                        .file(bad)
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(page(refused, DemoUsers.FIONA))
                .contains("1 row has errors", "Line 2: No one called Nobody takes part in this partnership")
                .doesNotContain("Add this task");

        var good = new org.springframework.mock.web.MockMultipartFile(
                "file",
                "tasks.csv",
                "text/csv",
                "title,owner,start,due\nWrite the brief,David Kerr,2027-02-01,2027-02-02\n".getBytes());
        var checked = mvc.perform(MockMvcRequestBuilders.multipart(base + "/import")
                        .file(good)
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(page(checked, DemoUsers.FIONA)).contains("Ready", "Add this task");
        post(checked + "/confirm", DemoUsers.FIONA)
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(base));
        assertThat(page(base, DemoUsers.SAM)).contains("Write the brief");
        get(checked, DemoUsers.MORVEN).andExpect(status().isNotFound());
    }
}
