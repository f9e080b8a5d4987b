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
import scot.cairn.partnership.GateService;
import scot.cairn.platform.web.Texts;

/** The appropriateness assessment, and the gate out of the current stage: approving it and passing through it. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Stages")
class GateApiController {

    private final GateService gates;
    private final Texts words;

    GateApiController(GateService gates, Texts words) {
        this.gates = gates;
        this.words = words;
    }

    @GetMapping("/assessment")
    @Operation(summary = "Read the appropriateness assessment", description = "One answer per question, in order.")
    AssessmentResource getAssessment(@PathVariable long id, CurrentUser user) {
        return AssessmentResource.from(gates.assessment(id, user));
    }

    @PutMapping("/assessment")
    @Operation(
            summary = "Record the appropriateness assessment",
            description = "Managers only, while in Explore. A go decision needs every question rated with evidence,"
                    + " and a justification when any is rated Weak; any decision needs its reasons. A stale version"
                    + " answers 409.")
    AssessmentResource assess(@PathVariable long id, @Valid @RequestBody AssessmentChange change, CurrentUser user) {
        return AssessmentResource.from(gates.assess(id, change.version(), change.decided(), user));
    }

    @GetMapping("/gate")
    @Operation(summary = "Read the gate out of the current stage", description = "Criteria, approvals, and if open.")
    GateResource getGate(@PathVariable long id, CurrentUser user) {
        return GateResource.from(gates.gate(id, user), words);
    }

    @PostMapping("/gate/approvals")
    @Operation(
            summary = "Approve leaving the current stage",
            description = "Records your approval as a member of the Governance Group / Project Board, for the"
                    + " organisation you represent there (or as a service user). Observers and people not on the"
                    + " board are refused with 403; approving twice changes nothing.")
    GateResource approveGate(@PathVariable long id, CurrentUser user) {
        return GateResource.from(gates.approve(id, user), words);
    }

    @PostMapping("/gate/advance")
    @Operation(
            summary = "Move to the next stage",
            description = "Managers only. Refused with 400 and the criteria not met while the gate is not open.")
    GateResource advanceStage(@PathVariable long id, CurrentUser user) {
        return GateResource.from(gates.advance(id, user), words);
    }
}
