package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.tendering.ConflictRisk;
import scot.cairn.tendering.DeclarationDetails;
import scot.cairn.tendering.DeclarationService;
import scot.cairn.tendering.DeclarationView;
import scot.cairn.tendering.DeclarationsView;
import scot.cairn.tendering.Measure;
import scot.cairn.tendering.ReviewDetails;

/** Declarations of interests and their reviews. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/declarations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tendering")
class DeclarationApiController {

    private final DeclarationService declarations;

    DeclarationApiController(DeclarationService declarations) {
        this.declarations = declarations;
    }

    /** The reader's declaration, with the version read (none for a first declaration). */
    record Declare(Integer version, Boolean nothingToDeclare, List<DeclarationDetails.InterestDetails> interests) {}

    /** A review, with the version of the declaration read. */
    record Review(Integer version, ConflictRisk risk, Set<Measure> measures, String note) {}

    @GetMapping
    @Operation(
            summary = "The reader's declaration and, for reviewers and the board, everyone's",
            description = "all and undeclared are empty for readers who are not the Procurement Representative, a"
                    + " manager or on the board.")
    DeclarationsView list(@PathVariable long id, CurrentUser user) {
        return declarations.declarations(id, user);
    }

    @PutMapping("/mine")
    @Operation(
            summary = "Declare, or change, the reader's interests",
            description = "nothingToDeclare true, or interests each with kind EMPLOYER, ORGANISATION, FINANCIAL or"
                    + " PERSONAL, a description and (for an employer or organisation) the partner's organisationId."
                    + " A change waits for review again.")
    DeclarationView declare(@PathVariable long id, @RequestBody Declare body, CurrentUser user) {
        return declarations.declare(
                id,
                body.version(),
                new DeclarationDetails(Boolean.TRUE.equals(body.nothingToDeclare()), body.interests()),
                user);
    }

    @GetMapping("/{did}")
    @Operation(summary = "One declaration", description = "For its person, reviewers and the board; 403 for others.")
    DeclarationView one(@PathVariable long id, @PathVariable long did, CurrentUser user) {
        return declarations.declaration(id, did, user);
    }

    @PostMapping("/{did}/review")
    @Operation(
            summary = "Review a declaration",
            description = "risk NONE, MANAGED or RELEVANT; any conflict needs measures, and a relevant one"
                    + " KEPT_OUT_OF_EVALUATION. Nobody reviews their own.")
    DeclarationView review(@PathVariable long id, @PathVariable long did, @RequestBody Review body, CurrentUser user) {
        return declarations.review(
                id, did, body.version(), new ReviewDetails(body.risk(), body.measures(), body.note()), user);
    }
}
