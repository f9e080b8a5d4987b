package scot.cairn.outcome.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
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
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.FrameworkService;
import scot.cairn.outcome.FrameworkView;
import scot.cairn.outcome.FrameworkView.IndicatorView;
import scot.cairn.outcome.IndicatorDetails;
import scot.cairn.outcome.OutcomeDetails;
import scot.cairn.outcome.StakeholderDetails;
import scot.cairn.outcome.api.FrameworkChanges.IndicatorChange;
import scot.cairn.outcome.api.FrameworkChanges.OutcomeChange;
import scot.cairn.outcome.api.FrameworkChanges.OutcomeResource;
import scot.cairn.outcome.api.FrameworkChanges.StakeholderChange;
import scot.cairn.outcome.api.FrameworkChanges.StakeholderResource;
import scot.cairn.platform.NotFoundException;

/**
 * A partnership's outcome framework: stakeholder groups, outcomes and indicators. Everyone who can see the partnership
 * reads it; managers and members change it. Names are unique within a partnership.
 */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Outcome framework", description = "Stakeholder groups, their outcomes, and the indicators that show them")
class FrameworkApiController {

    private final FrameworkService frameworks;

    FrameworkApiController(FrameworkService frameworks) {
        this.frameworks = frameworks;
    }

    @GetMapping("/stakeholders")
    @Operation(summary = "List stakeholder groups", description = "By name.")
    List<StakeholderResource> listStakeholders(@PathVariable long id, CurrentUser user) {
        return frameworks.framework(id, user).stakeholders().stream()
                .map(s -> new StakeholderResource(s.id(), s.version(), s.name(), s.description()))
                .toList();
    }

    @PostMapping("/stakeholders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a stakeholder group",
            description = "Managers, analysts, the sustainability lead and the project manager only.")
    StakeholderResource addStakeholder(
            @PathVariable long id, @Valid @RequestBody StakeholderDetails details, CurrentUser user) {
        return stakeholder(id, frameworks.addStakeholder(id, details, user), user);
    }

    @PutMapping("/stakeholders/{groupId}")
    @Operation(
            summary = "Change a stakeholder group",
            description = "A version other than the current one answers 409.")
    StakeholderResource changeStakeholder(
            @PathVariable long id,
            @PathVariable long groupId,
            @Valid @RequestBody StakeholderChange change,
            CurrentUser user) {
        frameworks.updateStakeholder(id, groupId, change.version(), change.details(), user);
        return stakeholder(id, groupId, user);
    }

    @GetMapping("/outcomes")
    @Operation(summary = "List outcomes", description = "By stakeholder group, then name.")
    List<OutcomeResource> listOutcomes(@PathVariable long id, CurrentUser user) {
        return frameworks.framework(id, user).outcomes().stream()
                .map(o -> new OutcomeResource(o.id(), o.version(), o.stakeholderGroupId(), o.name(), o.description()))
                .toList();
    }

    @PostMapping("/outcomes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an outcome", description = "For a stakeholder group of the same partnership.")
    OutcomeResource addOutcome(@PathVariable long id, @Valid @RequestBody OutcomeDetails details, CurrentUser user) {
        return outcome(id, frameworks.addOutcome(id, details, user), user);
    }

    @PutMapping("/outcomes/{outcomeId}")
    @Operation(summary = "Change an outcome", description = "A version other than the current one answers 409.")
    OutcomeResource changeOutcome(
            @PathVariable long id,
            @PathVariable long outcomeId,
            @Valid @RequestBody OutcomeChange change,
            CurrentUser user) {
        frameworks.updateOutcome(id, outcomeId, change.version(), change.details(), user);
        return outcome(id, outcomeId, user);
    }

    @GetMapping("/indicators")
    @Operation(summary = "List indicators", description = "In framework order.")
    List<IndicatorView> listIndicators(@PathVariable long id, CurrentUser user) {
        return frameworks.framework(id, user).indicators();
    }

    @PostMapping("/indicators")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an indicator", description = "For an outcome of the same partnership.")
    IndicatorView addIndicator(@PathVariable long id, @Valid @RequestBody IndicatorDetails details, CurrentUser user) {
        long indicatorId = frameworks.addIndicator(id, details, user);
        return indicator(frameworks.framework(id, user), indicatorId);
    }

    @PutMapping("/indicators/{indicatorId}")
    @Operation(summary = "Change an indicator", description = "A version other than the current one answers 409.")
    IndicatorView changeIndicator(
            @PathVariable long id,
            @PathVariable long indicatorId,
            @Valid @RequestBody IndicatorChange change,
            CurrentUser user) {
        frameworks.updateIndicator(id, indicatorId, change.version(), change.details(), user);
        return indicator(frameworks.framework(id, user), indicatorId);
    }

    private StakeholderResource stakeholder(long id, long groupId, CurrentUser user) {
        return listStakeholders(id, user).stream()
                .filter(s -> s.id() == groupId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Stakeholder group"));
    }

    private OutcomeResource outcome(long id, long outcomeId, CurrentUser user) {
        return listOutcomes(id, user).stream()
                .filter(o -> o.id() == outcomeId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Outcome"));
    }

    private static IndicatorView indicator(FrameworkView f, long indicatorId) {
        return f.indicators().stream()
                .filter(i -> i.id() == indicatorId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Indicator"));
    }
}
