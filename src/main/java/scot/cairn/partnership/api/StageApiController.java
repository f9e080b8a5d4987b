package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.web.Texts;

/** The stage plan (planned and actual dates) and closing a partnership by another route. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Stages", description = "Lifecycle dates, gates between stages, and closure")
class StageApiController {

    private final PartnershipService partnerships;
    private final Texts words;

    StageApiController(PartnershipService partnerships, Texts words) {
        this.partnerships = partnerships;
        this.words = words;
    }

    @GetMapping("/stages")
    @Operation(summary = "Read the stage plan", description = "Planned and actual dates, in lifecycle order.")
    StagePlanResource stagePlan(@PathVariable long id, CurrentUser user) {
        return StagePlanResource.from(partnerships.get(id, user));
    }

    @PutMapping("/stages")
    @Operation(
            summary = "Change the stage plan",
            description = "Managers only. List stages in lifecycle order; each end must be on or after its start and"
                    + " no stage may be planned to start before the one before it. A stale version answers 409.")
    StagePlanResource planStages(@PathVariable long id, @Valid @RequestBody StagePlanResource plan, CurrentUser user) {
        return StagePlanResource.from(partnerships.planStages(id, plan.version(), plan.dates(), user));
    }

    @PostMapping("/closure")
    @Operation(
            summary = "Close the partnership",
            description = "Managers only. Ends the partnership by a route (awarded, mainstream funded, other funding,"
                    + " stopped) with the reason; a closed partnership does not move stage again.")
    PartnershipResource closePartnership(@PathVariable long id, @RequestBody ClosureRequest closure, CurrentUser user) {
        return PartnershipResource.from(partnerships.close(id, closure.route(), closure.reason(), user), words);
    }
}
