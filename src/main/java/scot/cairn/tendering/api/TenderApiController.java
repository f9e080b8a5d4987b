package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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
import scot.cairn.tendering.LotDetails;
import scot.cairn.tendering.LotService;
import scot.cairn.tendering.TenderDetails;
import scot.cairn.tendering.TenderProcedure;
import scot.cairn.tendering.TenderPublication;
import scot.cairn.tendering.TenderService;
import scot.cairn.tendering.TenderView;

/** Tenders drawn from the approved specification: procedure, award criteria weights and timetable. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/tenders", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tendering")
class TenderApiController {

    private final TenderService tenders;
    private final LotService lots;
    private final TenderPublication publication;

    TenderApiController(TenderService tenders, LotService lots, TenderPublication publication) {
        this.tenders = tenders;
        this.lots = lots;
        this.publication = publication;
    }

    /** The version of the tender that was read. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "TenderVersion")
    record Seen(Integer version) {}

    /** A tender with the version read (none when drawing one). */
    record Body(
            Integer version,
            String title,
            TenderProcedure procedure,
            java.math.BigDecimal estimatedValue,
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
                    estimatedValue,
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
                    + " price below 100; estimatedValue in pounds; publication, clarification deadline, bid deadline, end of evaluation,"
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

    @PostMapping("/{tid}/lots")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a lot",
            description = "While the tender is a draft (409 after): title, description (an area or a client group)"
                    + " and estimatedValue in pounds; the lots together are worth no more than the tender. At most"
                    + " 10. A tender without lots is bid for as a whole.")
    TenderView.LotView addLot(
            @PathVariable long id, @PathVariable long tid, @RequestBody LotDetails body, CurrentUser user) {
        return lots.add(id, tid, body, user);
    }

    @DeleteMapping("/{tid}/lots/{lotId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Remove a lot",
            description = "While the tender is a draft, with the version read (?version=).")
    void removeLot(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long lotId,
            @RequestParam(required = false) Integer version,
            CurrentUser user) {
        lots.remove(id, tid, lotId, version, user);
    }

    @PostMapping("/{tid}/publication")
    @Operation(
            summary = "Ask the board to publish the tender",
            description = "With the tender's version read. Puts a joint decision into the decision log (board members"
                    + " approve it at POST /api/v1/partnerships/{id}/decisions/{decisionId}/approve); from then on the"
                    + " tender, its questions and lots are fixed (409). Once approved the tender is published and its"
                    + " OCDS tender release recorded. 400 unless the questions account for the weights of quality and"
                    + " community benefits, the tender rests on the newest approved specification and the"
                    + " clarification deadline is still to come.")
    TenderView propose(@PathVariable long id, @PathVariable long tid, @RequestBody Seen body, CurrentUser user) {
        publication.propose(id, tid, body.version(), user);
        return tenders.tender(id, tid, user);
    }

    @PostMapping("/{tid}/publication/withdraw")
    @Operation(
            summary = "Withdraw the request to publish",
            description = "While the board has not approved it, with the tender's version read: its decision is"
                    + " marked withdrawn and the tender is a draft again.")
    TenderView withdraw(@PathVariable long id, @PathVariable long tid, @RequestBody Seen body, CurrentUser user) {
        publication.withdraw(id, tid, body.version(), user);
        return tenders.tender(id, tid, user);
    }
}
