package scot.cairn.engagement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.engagement.ActivityDetails;
import scot.cairn.engagement.CommsPlanService;
import scot.cairn.engagement.CommsPlanView;
import scot.cairn.engagement.PlanDetails;
import scot.cairn.identity.CurrentUser;

/** The communications plan, its reviews and its activities. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/communications", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Communications", description = "The communications plan and its activities")
class CommsApiController {

    private final CommsPlanService plans;

    CommsApiController(CommsPlanService plans) {
        this.plans = plans;
    }

    /** The plan with the version read (0 before it was first written). */
    record PlanRequest(Integer version, PlanDetails plan) {}

    /** A review's note, with the version read. */
    record ReviewRequest(Integer version, String note) {}

    /** An activity's change, with the version read. */
    record ActivityRequest(Integer version, ActivityDetails activity) {}

    @GetMapping
    @Operation(summary = "Get the communications plan", description = "With its reviews and activities.")
    CommsPlanView plan(@PathVariable long id, CurrentUser user) {
        return plans.plan(id, user);
    }

    @PutMapping
    @Operation(
            summary = "Write the communications plan",
            description = "Audiences, key messages and channels one per line; for the Communications Lead, the"
                    + " Project Manager and managers.")
    CommsPlanView write(@PathVariable long id, @RequestBody PlanRequest body, CurrentUser user) {
        return plans.write(
                id,
                body.version(),
                body.plan() == null ? new PlanDetails(null, null, null, null, null) : body.plan(),
                user);
    }

    @PostMapping("/reviews")
    @Operation(summary = "Record a review of the plan", description = "By a member of the communications group.")
    CommsPlanView review(@PathVariable long id, @RequestBody ReviewRequest body, CurrentUser user) {
        return plans.review(id, body.version(), body.note(), user);
    }

    @PostMapping("/activities")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Plan a communications activity", description = "The owner must take part.")
    CommsPlanView.ActivityView planActivity(
            @PathVariable long id, @RequestBody ActivityDetails body, CurrentUser user) {
        return plans.plan(id, body, user);
    }

    @PutMapping("/activities/{activityId}")
    @Operation(
            summary = "Change a communications activity",
            description = "Editors change anything; the owner only its status.")
    CommsPlanView.ActivityView change(
            @PathVariable long id, @PathVariable long activityId, @RequestBody ActivityRequest body, CurrentUser user) {
        return plans.change(
                id,
                activityId,
                body.version(),
                body.activity() == null ? new ActivityDetails(null, null, null, null, null, null) : body.activity(),
                user);
    }
}
