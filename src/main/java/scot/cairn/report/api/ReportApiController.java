package scot.cairn.report.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.report.HighlightService;
import scot.cairn.report.HighlightView;
import scot.cairn.report.ReportDetails;
import scot.cairn.report.ReportDownloads;
import scot.cairn.report.ReportRag;
import scot.cairn.report.ReportSection;

/** Highlight reports to the board: started for a period, written, submitted (then locked) and noted. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/reports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Highlight reports", description = "The Project Manager's reports to the board")
class ReportApiController {

    private final HighlightService reports;
    private final ReportDownloads downloads;

    ReportApiController(HighlightService reports, ReportDownloads downloads) {
        this.reports = reports;
        this.downloads = downloads;
    }

    /** A new report's period; either left out takes the default (from the day after the last report to today). */
    @Schema(name = "ReportStartRequest")
    record StartRequest(LocalDate from, LocalDate to) {}

    /** Commentary by section and the overall status, with the version read. */
    @Schema(name = "ReportWriteRequest")
    record WriteRequest(Integer version, Map<ReportSection, String> commentary, ReportRag rag) {}

    /** The version read, and for a note an optional comment. */
    @Schema(name = "ReportActionRequest")
    record ActionRequest(Integer version, String comment) {}

    @GetMapping
    @Operation(
            summary = "List the highlight reports",
            description = "The latest first, 25 a page (page from 1), without their sections: get one for those.")
    scot.cairn.report.HighlightSummary.Page list(
            @PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "1") int page,
            CurrentUser user) {
        return reports.reports(id, page, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start a highlight report",
            description = "For the Project Manager and managers. Gathers the facts of every section for the period.")
    HighlightView start(@PathVariable long id, @RequestBody StartRequest body, CurrentUser user) {
        var next = reports.nextPeriod(id, user);
        return reports.start(
                id,
                new HighlightService.Period(
                        body.from() == null ? next.from() : body.from(), body.to() == null ? next.to() : body.to()),
                user);
    }

    @GetMapping("/{reportId}")
    @Operation(summary = "Get a highlight report")
    HighlightView report(@PathVariable long id, @PathVariable long reportId, CurrentUser user) {
        return reports.report(id, reportId, user);
    }

    @PutMapping("/{reportId}")
    @Operation(
            summary = "Write a draft's commentary and overall status",
            description = "Send the version you read. Refused with 409 once the report is submitted.")
    HighlightView write(
            @PathVariable long id, @PathVariable long reportId, @RequestBody WriteRequest body, CurrentUser user) {
        return reports.write(id, reportId, body.version(), new ReportDetails(body.commentary(), body.rag()), user);
    }

    @PostMapping("/{reportId}/regenerate")
    @Operation(summary = "Gather a draft's facts again", description = "Keeps the commentary.")
    HighlightView regenerate(
            @PathVariable long id, @PathVariable long reportId, @RequestBody ActionRequest body, CurrentUser user) {
        return reports.regenerate(id, reportId, body.version(), user);
    }

    @PostMapping("/{reportId}/submit")
    @Operation(
            summary = "Submit a draft to the board",
            description = "Needs the overall status. The report is locked from then on; board members are told.")
    HighlightView submit(
            @PathVariable long id, @PathVariable long reportId, @RequestBody ActionRequest body, CurrentUser user) {
        return reports.submit(id, reportId, body.version(), user);
    }

    @PostMapping("/{reportId}/note")
    @Operation(
            summary = "Note a submitted report, as a board member",
            description = "Once each. The report is noted by the board when a public-sector and a third-sector member"
                    + " have noted it.")
    HighlightView note(
            @PathVariable long id, @PathVariable long reportId, @RequestBody ActionRequest body, CurrentUser user) {
        return reports.note(id, reportId, body.version(), body.comment(), user);
    }

    @GetMapping(path = "/{reportId}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Download a highlight report as PDF")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @PathVariable long reportId, CurrentUser user) {
        return downloads.pdf(id, reportId, user).response();
    }
}
