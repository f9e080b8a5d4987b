package scot.cairn.risk.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
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
import scot.cairn.platform.web.VersionSeen;
import scot.cairn.risk.ActionDetails;
import scot.cairn.risk.Proximity;
import scot.cairn.risk.RegisterView;
import scot.cairn.risk.ReviewDetails;
import scot.cairn.risk.RiskCategory;
import scot.cairn.risk.RiskDetails;
import scot.cairn.risk.RiskDownloads;
import scot.cairn.risk.RiskKind;
import scot.cairn.risk.RiskResponse;
import scot.cairn.risk.RiskService;
import scot.cairn.risk.RiskStatus;
import scot.cairn.risk.RiskView;
import scot.cairn.risk.ToleranceView;

/** The risks and issues register: raise, change and review items. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/risks", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Risks", description = "The risks and issues register, its reviews and the board's list")
class RiskApiController {

    private final RiskService risks;
    private final RiskDownloads downloads;

    RiskApiController(RiskService risks, RiskDownloads downloads) {
        this.risks = risks;
        this.downloads = downloads;
    }

    /** An item as raised or changed; {@code version} and {@code status} are read only on changes. */
    @Schema(name = "RiskRequest")
    record RiskRequest(
            Integer version,
            RiskKind kind,
            String title,
            String description,
            RiskCategory category,
            Long ownerId,

            @Schema(description = "1 (rare) to 5 (almost certain)")
            Integer likelihood,

            @Schema(description = "1 (minimal) to 5 (severe)")
            Integer impact,

            Proximity proximity,
            RiskResponse response,

            @Schema(description = "After the response; give both residual values or neither")
            Integer residualLikelihood,

            Integer residualImpact,
            Boolean escalate,
            LocalDate nextReview,
            RiskStatus status) {

        RiskDetails details() {
            return new RiskDetails(
                    kind,
                    title,
                    description,
                    category,
                    ownerId,
                    likelihood,
                    impact,
                    proximity,
                    response,
                    residualLikelihood,
                    residualImpact,
                    Boolean.TRUE.equals(escalate),
                    nextReview,
                    status);
        }
    }

    /** A review as recorded, with the version of the item that was read. */
    @Schema(name = "RiskReviewRequest")
    record ReviewRequest(
            Integer version,
            LocalDate reviewedOn,
            Integer likelihood,
            Integer impact,
            Integer residualLikelihood,
            Integer residualImpact,
            String note,
            LocalDate nextReview) {

        ReviewDetails details() {
            return new ReviewDetails(
                    reviewedOn, likelihood, impact, residualLikelihood, residualImpact, note, nextReview);
        }
    }

    @GetMapping
    @Operation(
            summary = "Get the register",
            description = "Every item (open first, highest score first), the open items the board must see and the"
                    + " heat map of open items (rows impact 5 to 1, columns likelihood 1 to 5).")
    RegisterView register(@PathVariable long id, CurrentUser user) {
        return risks.register(id, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Raise a risk or issue", description = "For the Project Manager and managers.")
    RiskView raise(@PathVariable long id, @RequestBody RiskRequest body, CurrentUser user) {
        return risks.raise(id, body.details(), user);
    }

    /** An action as added, with the version of the item that was read. */
    @Schema(name = "RiskActionRequest")
    record ActionRequest(Integer version, String description, Long ownerId, LocalDate due) {}

    @PostMapping("/{riskId}/actions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add an action to an item",
            description = "By the Project Manager, a manager or the item's owner; the action's owner takes part in the"
                    + " partnership and it is due today or later.")
    RiskView addAction(
            @PathVariable long id, @PathVariable long riskId, @RequestBody ActionRequest body, CurrentUser user) {
        return risks.addAction(
                id, riskId, body.version(), new ActionDetails(body.description(), body.ownerId(), body.due()), user);
    }

    @PostMapping("/{riskId}/actions/{number}/done")
    @Operation(
            summary = "Mark an action done",
            description = "Action numbers start at 1. By those who may review the item or the action's owner; send the"
                    + " version you read.")
    RiskView completeAction(
            @PathVariable long id,
            @PathVariable long riskId,
            @PathVariable int number,
            @RequestBody(required = false) VersionSeen seen,
            CurrentUser user) {
        return risks.completeAction(id, riskId, number, VersionSeen.of(seen), user);
    }

    /** The tolerance as set, with the version read. */
    @Schema(name = "RiskToleranceRequest")
    record ToleranceRequest(Integer version, Integer tolerance) {}

    @GetMapping("/tolerance")
    @Operation(summary = "Get the board's tolerance", description = "Open items scoring above it go to the board.")
    ToleranceView tolerance(@PathVariable long id, CurrentUser user) {
        return risks.tolerance(id, user);
    }

    @PutMapping("/tolerance")
    @Operation(
            summary = "Set the board's tolerance",
            description = "A whole number from 1 to 25, by a board member who takes part. Send the version you read"
                    + " (0 while the default of 15 holds; 428 without it, 409 when it changed).")
    ToleranceView setTolerance(@PathVariable long id, @RequestBody ToleranceRequest body, CurrentUser user) {
        return risks.setTolerance(id, body.version(), body.tolerance(), user);
    }

    @GetMapping(path = "/register.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Download the register as a PDF", description = "In the language the request asks for.")
    ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user) {
        return downloads.pdf(id, user).response();
    }

    @GetMapping(path = "/register.xlsx", produces = scot.cairn.platform.web.Download.XLSX)
    @Operation(summary = "Download the register as an XLSX workbook", description = "One row per item.")
    ResponseEntity<byte[]> workbook(@PathVariable long id, CurrentUser user) {
        return downloads.workbook(id, user).response();
    }

    @GetMapping("/{riskId}")
    @Operation(summary = "Get a risk or issue", description = "With its reviews, latest first.")
    RiskView one(@PathVariable long id, @PathVariable long riskId, CurrentUser user) {
        return risks.risk(id, riskId, user);
    }

    @PutMapping("/{riskId}")
    @Operation(
            summary = "Change a risk or issue",
            description = "Send the version you read (428 without it, 409 when it changed). An issue cannot become a"
                    + " risk again.")
    RiskView change(@PathVariable long id, @PathVariable long riskId, @RequestBody RiskRequest body, CurrentUser user) {
        return risks.change(id, riskId, body.version(), body.details(), user);
    }

    @PostMapping("/{riskId}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record a review",
            description = "By the Project Manager, a manager or the item's owner; dated today or earlier. Its scores"
                    + " become the item's own.")
    RiskView review(
            @PathVariable long id, @PathVariable long riskId, @RequestBody ReviewRequest body, CurrentUser user) {
        return risks.review(id, riskId, body.version(), body.details(), user);
    }
}
