package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import scot.cairn.tendering.RequirementDetails;
import scot.cairn.tendering.RequirementService;
import scot.cairn.tendering.SpecSection;
import scot.cairn.tendering.TraceabilityView;

/** The specification's requirements and their traceability. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/requirements", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tendering")
class RequirementApiController {

    private final RequirementService requirements;

    RequirementApiController(RequirementService requirements) {
        this.requirements = requirements;
    }

    /** A change, with the version of the requirement read. */
    record Change(Integer version, SpecSection section, String text, List<String> evidence) {}

    @GetMapping
    @Operation(
            summary = "The requirements traced both ways",
            description = "Each requirement with its evidence, each piece of evidence with its requirements, and the"
                    + " evidence no requirement uses (of each kind's latest 50).")
    TraceabilityView traceability(@PathVariable long id, CurrentUser user) {
        return requirements.traceability(id, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Write a requirement",
            description = "section SERVICE, OUTCOMES, VOLUMES, QUALITY_AND_STAFFING, COMMUNITY_BENEFITS, PRICING,"
                    + " DATA_AND_REPORTING, TUPE_AND_TRANSITION or CONTRACT_PERIOD; evidence as records' values such"
                    + " as INDICATOR:12, THEME:3, DECISION:7 (at most 20).")
    TraceabilityView.RequirementView add(
            @PathVariable long id, @RequestBody RequirementDetails body, CurrentUser user) {
        return requirements.add(id, body, user);
    }

    @PutMapping("/{rid}")
    @Operation(
            summary = "Change a requirement",
            description = "evidence replaces the requirement's evidence and is required: send [] to leave none.")
    TraceabilityView.RequirementView change(
            @PathVariable long id, @PathVariable long rid, @RequestBody Change body, CurrentUser user) {
        if (body.evidence() == null) {
            // A change replaces the evidence; a body without it would otherwise drop every piece silently.
            throw scot.cairn.platform.InvalidInputException.of("evidence", "tendering.requirement.evidenceMissing");
        }
        return requirements.change(
                id, rid, body.version(), new RequirementDetails(body.section(), body.text(), body.evidence()), user);
    }

    @DeleteMapping("/{rid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a requirement", description = "With the version read as ?version=.")
    void remove(
            @PathVariable long id,
            @PathVariable long rid,
            @RequestParam(required = false) Integer version,
            CurrentUser user) {
        requirements.remove(id, rid, version, user);
    }
}
