package scot.cairn.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.planning.BaselineService;
import scot.cairn.planning.BaselineView;

/** The plan's baselines, each approved by the board through a joint decision of its log. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/plan/baselines", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plan", description = "Tasks, their dependencies and progress, milestones and baselines")
class BaselineApiController {

    private final BaselineService baselines;

    BaselineApiController(BaselineService baselines) {
        this.baselines = baselines;
    }

    @GetMapping
    @Operation(summary = "List the plan's baselines", description = "The latest first, with their decisions.")
    List<BaselineView> baselines(@PathVariable long id, CurrentUser user) {
        return baselines.baselines(id, user);
    }

    @GetMapping("/{baselineId}")
    @Operation(summary = "Get a baseline with the dates it holds", description = "Tasks by number, milestones by date.")
    BaselineService.BaselineDates baseline(@PathVariable long id, @PathVariable long baselineId, CurrentUser user) {
        return baselines.baseline(id, baselineId, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Propose the plan as it stands as the next baseline",
            description = "For the Project Manager and managers. Keeps every task's and milestone's dates and puts a"
                    + " joint decision into the board's decision log; board members approve it there (POST"
                    + " /api/v1/partnerships/{id}/decisions/{decisionId}/approve), and from then on slippage is"
                    + " measured against it. Refused while an earlier proposal still waits for the board.")
    BaselineView propose(@PathVariable long id, CurrentUser user) {
        return baselines.propose(id, user);
    }

    /** The version of the baseline's decision that was read. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "BaselineWithdrawRequest")
    record WithdrawRequest(Integer decisionVersion) {}

    @PostMapping("/{baselineId}/withdraw")
    @Operation(
            summary = "Withdraw a proposed baseline",
            description = "While it still waits for the board; its decision is marked withdrawn in the log. Send the"
                    + " decisionVersion you read.")
    BaselineView withdraw(
            @PathVariable long id,
            @PathVariable long baselineId,
            @org.springframework.web.bind.annotation.RequestBody WithdrawRequest body,
            CurrentUser user) {
        return baselines.withdraw(id, baselineId, body.decisionVersion(), user);
    }
}
