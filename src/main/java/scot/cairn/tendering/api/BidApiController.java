package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.web.Download;
import scot.cairn.tendering.BidContent;
import scot.cairn.tendering.BidService;
import scot.cairn.tendering.BidView;
import scot.cairn.tendering.BiddingView;
import scot.cairn.tendering.InterestedTender;
import scot.cairn.tendering.OpenTender;
import scot.cairn.tendering.OpeningService;
import scot.cairn.tendering.OpeningView;

/** Bidding for published tenders, opening their sealed bids and reading them once opened. */
@RestController
@Tag(name = "Tendering")
class BidApiController {

    private static final String BASE = "/api/v1/partnerships/{id}/tenders/{tid}";

    private final BidService bids;
    private final OpeningService opening;

    BidApiController(BidService bids, OpeningService opening) {
        this.bids = bids;
        this.opening = opening;
    }

    @GetMapping(path = "/api/v1/tenders", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Tenders taking bids",
            description = "Every published tender whose deadline has not passed, soonest due first (at most 200), for"
                    + " anyone signed in.")
    List<OpenTender> open(CurrentUser user) {
        return bids.open(user);
    }

    @GetMapping(path = "/api/v1/tenders/interested", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Tenders the caller's organisation is interested in",
            description = "Every published tender the caller's organisation expressed interest in, most recently due"
                    + " first (at most 200): whether it sent a bid and whether the tender takes bids, is closed or"
                    + " awarded. Empty for someone without an organisation.")
    List<InterestedTender> interested(CurrentUser user) {
        return bids.interested(user);
    }

    @GetMapping(path = BASE + "/bidding", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "A published tender as a provider bids for it",
            description = "Its lots, questions and deadline; for the caller's organisation, whether it expressed"
                    + " interest, the version of its bid and its receipts. Nothing about other bidders.")
    BiddingView bidding(@PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return bids.bidding(id, tid, user);
    }

    @GetMapping(path = BASE + "/specification", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "The service specification a published tender rests on",
            description = "The PDF of the approved specification version the tender was drawn from, with its"
                    + " signatures, for anyone who may read the tender; every provider reads the same document.")
    ResponseEntity<byte[]> specification(@PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return bids.specification(id, tid, user).response();
    }

    @PostMapping(path = BASE + "/interest", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Express interest in bidding",
            description = "For the caller's organisation (not the public sector's), before the deadline; needed"
                    + " before a bid. Again changes nothing.")
    BiddingView interest(@PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return bids.interest(id, tid, user);
    }

    /** The bid's words: prices by lot number (0 for a tender without lots) and answers by question number. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "BidRequest")
    record Body(Integer version, Map<Integer, BigDecimal> prices, Map<Integer, String> answers) {}

    @PostMapping(
            path = BASE + "/bid",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Send or replace the organisation's sealed bid",
            description = "Multipart: a part 'bid' (JSON: version, the version of the bid being replaced, none for"
                    + " the first; prices by lot number; answers by question number, every question answered) and up"
                    + " to 10 parts 'files' (PDF, DOCX or XLSX, 20 MB together). Refused after the deadline (noon,"
                    + " Scottish time, by the server's clock) and before interest is expressed. Answers with the"
                    + " receipt: when it was received and the SHA-256 of what was received.")
    BiddingView.Receipt send(
            @PathVariable long id,
            @PathVariable long tid,
            @RequestPart("bid") Body body,
            @RequestPart(name = "files", required = false) List<MultipartFile> files,
            CurrentUser user) {
        var sent = new ArrayList<BidContent.File>();
        for (var f : files == null ? List.<MultipartFile>of() : files) {
            try {
                sent.add(new BidContent.File(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bids.send(
                id,
                tid,
                body.version(),
                new BidContent(
                        body.prices() == null ? Map.of() : body.prices(),
                        body.answers() == null ? Map.of() : body.answers(),
                        sent),
                user);
    }

    @GetMapping(path = BASE + "/opening", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The opening of the tender's sealed bids", description = "For members.")
    OpeningView opening(@PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return opening.opening(id, tid, user);
    }

    @PostMapping(path = BASE + "/opening", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Begin or complete the opening",
            description = "After the deadline, by two different people who write tenders, one of them the Procurement"
                    + " Representative: the first begins it, the second completes it; then the bids are decrypted,"
                    + " checked against their receipts and written into the audit trail. Send the step you mean"
                    + " (BEGIN or COMPLETE): 409 when the opening moved on meanwhile. Refused to anyone who does not"
                    + " take part in the partnership and to anyone whose organisation expressed interest or bid.")
    OpeningView open(@PathVariable long id, @PathVariable long tid, @RequestBody Step body, CurrentUser user) {
        return opening.open(id, tid, body.step(), user);
    }

    /** The step the caller means to take, as they saw the opening: BEGIN or COMPLETE. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "OpeningRequest")
    record Step(scot.cairn.tendering.OpeningStep step) {}

    @GetMapping(path = BASE + "/bids", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The opened bids",
            description = "For those who write tenders, once opened. Before the opening it is refused (403) for"
                    + " everyone, administrators included, and the attempt is recorded in the audit trail.")
    List<BidView> bids(@PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return opening.bids(id, tid, "api", user);
    }

    @GetMapping(BASE + "/bids/{bid}/files/{n}")
    @Operation(
            summary = "A file of an opened bid",
            description = "As the bids: refused and recorded before the opening.")
    ResponseEntity<byte[]> file(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long bid,
            @PathVariable int n,
            CurrentUser user) {
        var f = opening.file(id, tid, bid, n, user);
        return new Download(f.name(), f.type(), f.content()).response();
    }
}
