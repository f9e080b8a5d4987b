package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.tendering.PriorInvolvementService;
import scot.cairn.tendering.PriorInvolvementView;

/** The prior-involvement report before the tender. */
@RestController
@Tag(name = "Tendering")
class PriorInvolvementApiController {

    private final PriorInvolvementService reports;

    PriorInvolvementApiController(PriorInvolvementService reports) {
        this.reports = reports;
    }

    @GetMapping(path = "/api/v1/partnerships/{id}/prior-involvement", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Who took part in design and may bid, what each knew, and the measures taken",
            description = "For the Procurement Representative, managers and the board; 403 for other members.")
    PriorInvolvementView report(@PathVariable long id, CurrentUser user) {
        return reports.report(id, user);
    }
}
