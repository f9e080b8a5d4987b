package scot.cairn.planning.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import scot.cairn.planning.WorkPackageDetails;
import scot.cairn.planning.WorkPackageService;
import scot.cairn.planning.WorkPackageView;

/** The plan's work packages: pieces of the project team's workstreams with a lead, which tasks belong to. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/plan/packages", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plan", description = "Tasks, their dependencies and progress, milestones and baselines")
class WorkPackageApiController {

    private final WorkPackageService packages;

    WorkPackageApiController(WorkPackageService packages) {
        this.packages = packages;
    }

    /** A work package as added or changed; {@code version} is read only on changes. */
    @Schema(name = "WorkPackageRequest")
    record WorkPackageRequest(
            Integer version,
            String title,

            @Schema(description = "The name of one of the project team's workstreams")
            String workstream,

            Long leadId) {

        WorkPackageDetails details() {
            return new WorkPackageDetails(title, workstream, leadId);
        }
    }

    @GetMapping
    @Operation(summary = "List the work packages", description = "By number, with their tasks counted.")
    List<WorkPackageView> packages(@PathVariable long id, CurrentUser user) {
        return packages.packages(id, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a work package", description = "For the Project Manager and managers.")
    WorkPackageView add(@PathVariable long id, @RequestBody WorkPackageRequest body, CurrentUser user) {
        return packages.add(id, body.details(), user);
    }

    @GetMapping("/{packageId}")
    @Operation(summary = "Get a work package")
    WorkPackageView workPackage(@PathVariable long id, @PathVariable long packageId, CurrentUser user) {
        return packages.workPackage(id, packageId, user);
    }

    @PutMapping("/{packageId}")
    @Operation(
            summary = "Change a work package",
            description = "Send the version you read (428 without it, 409 when it changed). Its tasks move with it"
                    + " to a new workstream.")
    WorkPackageView change(
            @PathVariable long id,
            @PathVariable long packageId,
            @RequestBody WorkPackageRequest body,
            CurrentUser user) {
        return packages.change(id, packageId, body.version(), body.details(), user);
    }
}
