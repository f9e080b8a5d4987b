package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.tendering.OpenContracting;
import scot.cairn.tendering.PipelineRow;
import scot.cairn.tendering.ProcurementDetails;
import scot.cairn.tendering.ProcurementService;
import scot.cairn.tendering.ProcurementView;

/** The expected procurement of a partnership, the pipeline across partnerships, and the OCDS release package. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tendering")
class ProcurementApiController {

    private final ProcurementService procurements;
    private final OpenContracting openData;

    ProcurementApiController(ProcurementService procurements, OpenContracting openData) {
        this.procurements = procurements;
        this.openData = openData;
    }

    /** The expected procurement, with the version read (none for the first record). */
    record Body(
            Integer version,
            String title,
            BigDecimal estimatedValue,
            String currency,
            String cpvCode,
            LocalDate expectedPublication,
            LocalDate expectedAward,
            Integer contractMonths) {}

    @GetMapping("/partnerships/{id}/procurement")
    @Operation(summary = "The expected procurement", description = "procurement is null until one is recorded.")
    ProcurementView procurement(@PathVariable long id, CurrentUser user) {
        return procurements.procurement(id, user);
    }

    @PutMapping("/partnerships/{id}/procurement")
    @Operation(
            summary = "Record or change the expected procurement",
            description = "From Design on, by the Procurement Representative or a manager. currency GBP or EUR;"
                    + " cpvCode eight digits with an optional check digit (85311300-5); the award after publication.")
    ProcurementView record(@PathVariable long id, @RequestBody Body body, CurrentUser user) {
        return procurements.record(
                id,
                body.version(),
                new ProcurementDetails(
                        body.title(),
                        body.estimatedValue(),
                        body.currency(),
                        body.cpvCode(),
                        body.expectedPublication(),
                        body.expectedAward(),
                        body.contractMonths()),
                user);
    }

    @GetMapping("/procurements")
    @Operation(
            summary = "Expected procurements across the reader's partnerships",
            description = "Contract notices due from the start of this financial year (1 April) to the end of the"
                    + " next, soonest first.")
    List<PipelineRow> pipeline(CurrentUser user) {
        return procurements.pipeline(user);
    }

    @GetMapping("/partnerships/{id}/ocds/release-package")
    @Operation(
            summary = "Open contracting data: an OCDS 1.1.5 release package",
            description =
                    "Every release as published: planning, tender, award and contract; 404 until one is" + " recorded.")
    Map<String, Object> releasePackage(@PathVariable long id, CurrentUser user) {
        return openData.releasePackage(id, user);
    }

    @GetMapping("/partnerships/{id}/ocds/record-package")
    @Operation(
            summary = "Open contracting data: an OCDS 1.1.5 record package",
            description = "One record for each contracting process (the partnership's, then each later tender), with"
                    + " its releases and the compiled release; 404 until a release is recorded.")
    Map<String, Object> recordPackage(@PathVariable long id, CurrentUser user) {
        return openData.recordPackage(id, user);
    }
}
