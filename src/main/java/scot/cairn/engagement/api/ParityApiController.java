package scot.cairn.engagement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.engagement.ParityOutcome;
import scot.cairn.engagement.ParityService;
import scot.cairn.engagement.ParityView;
import scot.cairn.engagement.SharedDetails;
import scot.cairn.identity.CurrentUser;

/** The information-parity ledger and its report of what some providers received and others did not. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/parity", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Information parity", description = "What reached which providers, and the gaps before the tender")
class ParityApiController {

    private final ParityService parity;

    ParityApiController(ParityService parity) {
        this.parity = parity;
    }

    /** Remedied or justified, why, and the version read. */
    record ResolveRequest(Integer version, ParityOutcome outcome, String note) {}

    @GetMapping
    @Operation(summary = "Get the ledger and its report", description = "`gaps` lists what is still to resolve.")
    ParityView ledger(@PathVariable long id, CurrentUser user) {
        return parity.ledger(id, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a paper, a meeting or anything else that reached providers",
            description = "Bulletins and answers enter the ledger by themselves.")
    ParityView record(@PathVariable long id, @RequestBody SharedDetails body, CurrentUser user) {
        return parity.record(id, body, user);
    }

    @PostMapping("/{entryId}/resolve")
    @Operation(summary = "Mark an entry remedied or justified", description = "Once, with a note.")
    ParityView resolve(
            @PathVariable long id, @PathVariable long entryId, @RequestBody ResolveRequest body, CurrentUser user) {
        return parity.resolve(id, entryId, body.version(), body.outcome(), body.note(), user);
    }
}
