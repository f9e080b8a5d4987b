package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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
import scot.cairn.tendering.TenderDetails;
import scot.cairn.tendering.TenderProcedure;
import scot.cairn.tendering.TenderService;
import scot.cairn.tendering.TenderView;

/** Tenders drawn from the approved specification: procedure, award criteria weights and timetable. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/tenders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tendering")
class TenderApiController {

    private final TenderService tenders;

    TenderApiController(TenderService tenders) {
        this.tenders = tenders;
    }

    /** A tender with the version read (none when drawing one). */
    record Body(
            Integer version,
            String title,
            TenderProcedure procedure,
            Integer qualityWeight,
            Integer priceWeight,
            Integer benefitsWeight,
            LocalDate publication,
            LocalDate clarificationDeadline,
            LocalDate bidDeadline,
            LocalDate evaluationEnd,
            LocalDate intendedAward,
            LocalDate contractStart) {

        TenderDetails details() {
            return new TenderDetails(
                    title,
                    procedure,
                    qualityWeight,
                    priceWeight,
                    benefitsWeight,
                    publication,
                    clarificationDeadline,
                    bidDeadline,
                    evaluationEnd,
                    intendedAward,
                    contractStart);
        }
    }

    @GetMapping
    @Operation(summary = "The partnership's tenders", description = "T-1, T-2... in order.")
    List<TenderView> tenders(@PathVariable long id, CurrentUser user) {
        return tenders.tenders(id, user);
    }

    @GetMapping("/{tid}")
    @Operation(summary = "One tender")
    TenderView tender(@PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return tenders.tender(id, tid, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Draw a tender from the approved specification",
            description = "By the Procurement Representative or a manager, once a version of the specification is"
                    + " approved (400 before). procedure OPEN, RESTRICTED or LIGHT_TOUCH; the weights of quality,"
                    + " price and community benefits are whole percentages adding up to 100, quality above 0 and"
                    + " price below 100; publication, clarification deadline, bid deadline, end of evaluation,"
                    + " intended award and contract start in that order, the contract after the 10-day standstill."
                    + " Questions and bids are due by noon, Scottish time, on their dates. At most 20 a partnership.")
    TenderView draw(@PathVariable long id, @RequestBody Body body, CurrentUser user) {
        return tenders.draw(id, body.details(), user);
    }

    @PutMapping("/{tid}")
    @Operation(summary = "Change a tender", description = "With the version read; the same rules as drawing one.")
    TenderView change(@PathVariable long id, @PathVariable long tid, @RequestBody Body body, CurrentUser user) {
        return tenders.change(id, tid, body.version(), body.details(), user);
    }
}
