package scot.cairn.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Stage;
import scot.cairn.planning.MilestoneDetails;
import scot.cairn.planning.PlanFilter;
import scot.cairn.planning.PlanService;
import scot.cairn.planning.PlanView;
import scot.cairn.planning.ProgressDetails;
import scot.cairn.planning.TaskDetails;
import scot.cairn.planning.TaskStatus;

/** The plan: tasks with their dependencies and progress, and milestones. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/plan", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plan", description = "Tasks, their dependencies and progress, and milestones")
class PlanApiController {

    private final PlanService plans;
    private final scot.cairn.planning.PlanDownloads downloads;

    PlanApiController(PlanService plans, scot.cairn.planning.PlanDownloads downloads) {
        this.plans = plans;
        this.downloads = downloads;
    }

    @GetMapping(path = "/plan.xlsx", produces = scot.cairn.platform.web.Download.XLSX)
    @Operation(
            summary = "Download the plan as an XLSX workbook",
            description = "A sheet of tasks and one of milestones, with slippage once a baseline is approved.")
    org.springframework.http.ResponseEntity<byte[]> workbook(@PathVariable long id, CurrentUser user) {
        return downloads.workbook(id, user).response();
    }

    @GetMapping(path = "/plan.ics", produces = scot.cairn.planning.PlanDownloads.ICALENDAR)
    @Operation(
            summary = "Download the plan as an iCalendar file",
            description = "Each open task's due date and each milestone as an all-day event.")
    org.springframework.http.ResponseEntity<byte[]> calendar(@PathVariable long id, CurrentUser user) {
        return downloads.calendar(id, user).response();
    }

    /** A task as added or changed; {@code version} is read only on changes. */
    @Schema(name = "TaskRequest")
    record TaskRequest(
            Integer version,
            String title,

            @Schema(description = "The name of one of the project team's workstreams, or null")
            String workstream,

            Stage stage,
            Long ownerId,
            LocalDate start,
            LocalDate due,

            @Schema(description = "Numbers of the tasks that must finish before this one starts (3 for T-3)")
            List<Long> dependsOn,

            @Schema(description = "The id of one of the plan's work packages, or null; its workstream is the task's")
            Long workPackageId) {

        TaskDetails details() {
            return new TaskDetails(title, workstream, stage, ownerId, start, due, dependsOn, workPackageId);
        }
    }

    /** Progress as reported, with the version of the task that was read. */
    @Schema(name = "ProgressRequest")
    record ProgressRequest(Integer version, TaskStatus status, Integer percent, String blockedReason) {}

    /** A milestone as added or changed; {@code version} is read only on changes. */
    @Schema(name = "MilestoneRequest")
    record MilestoneRequest(Integer version, String title, LocalDate due, Long ownerId, LocalDate reachedOn) {

        MilestoneDetails details() {
            return new MilestoneDetails(title, due, ownerId, reachedOn);
        }
    }

    @GetMapping
    @Operation(
            summary = "Get the plan",
            description = "Milestones by date and tasks by number, 100 a page (page from 1), filtered by workstream,"
                    + " owner (a person id) or status when asked. Once the board has approved a baseline, each task"
                    + " and milestone in it has slipDays: days later (negative: earlier) than approved.")
    PlanView plan(
            @PathVariable long id,
            @RequestParam(required = false) String workstream,
            @RequestParam(required = false) Long owner,
            @RequestParam(required = false) TaskStatus status,
            @RequestParam(defaultValue = "1") int page,
            CurrentUser user) {
        return plans.plan(id, new PlanFilter(workstream, owner, status), page, user);
    }

    @PostMapping("/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a task",
            description = "For the Project Manager and managers. A dependency that would make tasks wait for each"
                    + " other in a circle is refused.")
    PlanView.TaskView addTask(@PathVariable long id, @RequestBody TaskRequest body, CurrentUser user) {
        return plans.addTask(id, body.details(), user);
    }

    @GetMapping("/tasks/{taskId}")
    @Operation(summary = "Get a task")
    PlanView.TaskView task(@PathVariable long id, @PathVariable long taskId, CurrentUser user) {
        return plans.task(id, taskId, user);
    }

    @PutMapping("/tasks/{taskId}")
    @Operation(
            summary = "Change a task",
            description = "Send the version you read (428 without it, 409 when it changed).")
    PlanView.TaskView changeTask(
            @PathVariable long id, @PathVariable long taskId, @RequestBody TaskRequest body, CurrentUser user) {
        return plans.changeTask(id, taskId, body.version(), body.details(), user);
    }

    @PostMapping("/tasks/{taskId}/progress")
    @Operation(
            summary = "Report a task's progress",
            description = "By its owner, the Project Manager or a manager. A blocked task says why; a done one counts"
                    + " as 100%.")
    PlanView.TaskView report(
            @PathVariable long id, @PathVariable long taskId, @RequestBody ProgressRequest body, CurrentUser user) {
        return plans.report(
                id,
                taskId,
                body.version(),
                new ProgressDetails(body.status(), body.percent(), body.blockedReason()),
                user);
    }

    @PostMapping("/milestones")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a milestone", description = "For the Project Manager and managers.")
    PlanView.MilestoneView addMilestone(@PathVariable long id, @RequestBody MilestoneRequest body, CurrentUser user) {
        return plans.addMilestone(id, body.details(), user);
    }

    /** The day a milestone was reached (today when left out), with the version read. */
    @Schema(name = "MilestoneReachedRequest")
    record ReachedRequest(Integer version, LocalDate reachedOn) {}

    @PostMapping("/milestones/{milestoneId}/reached")
    @Operation(
            summary = "Record that a milestone was reached",
            description = "By its owner, the Project Manager or a manager; on the day given (not in the future) or"
                    + " today.")
    PlanView.MilestoneView reach(
            @PathVariable long id, @PathVariable long milestoneId, @RequestBody ReachedRequest body, CurrentUser user) {
        return plans.reach(id, milestoneId, body.version(), body.reachedOn(), user);
    }

    @PutMapping("/milestones/{milestoneId}")
    @Operation(
            summary = "Change a milestone",
            description = "Such as recording the day it was reached. Send the version you read.")
    PlanView.MilestoneView changeMilestone(
            @PathVariable long id,
            @PathVariable long milestoneId,
            @RequestBody MilestoneRequest body,
            CurrentUser user) {
        return plans.changeMilestone(id, milestoneId, body.version(), body.details(), user);
    }
}
