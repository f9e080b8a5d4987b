package scot.cairn.outcome.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.SustainabilityDetails;
import scot.cairn.outcome.SustainabilityService;

/** A partnership's sustainability evidence: what was entered, outcomes achieved and the costs worked out. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/sustainability", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sustainability evidence", description = "Pilot budget, participants, metrics, outcomes and costs")
class SustainabilityApiController {

    private final SustainabilityService evidence;
    private final Words words;

    SustainabilityApiController(SustainabilityService evidence, Words words) {
        this.evidence = evidence;
        this.words = words;
    }

    /** A change: the version last read (null for the first save) and the details as typed. */
    record Change(Integer version, SustainabilityDetails details) {}

    @GetMapping
    @Operation(
            summary = "Read the sustainability evidence",
            description = "Costs are exact (divided to 10 decimal places); a cost that cannot be worked out has a"
                    + " 'cannot' message instead of a value.")
    Words.Evidence read(@PathVariable long id, CurrentUser user) {
        return words.of(evidence.view(id, user));
    }

    @PutMapping
    @Operation(
            summary = "Change the sustainability evidence",
            description = "Replaces it all. Numbers as text; up to five metrics. Managers, analysts, the"
                    + " sustainability lead and the project manager only; 409 when someone changed it since.")
    Words.Evidence change(@PathVariable long id, @RequestBody Change change, CurrentUser user) {
        evidence.save(id, change.version(), change.details(), user);
        return words.of(evidence.view(id, user));
    }
}
