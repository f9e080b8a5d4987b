package scot.cairn.governance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
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
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionView;
import scot.cairn.governance.DocumentLink;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.web.VersionSeen;

/** The board's decision log: propose, change drafts, approve, supersede and withdraw. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Governance decisions", description = "The board's decision log, its approvals and what supersedes what")
class DecisionApiController {

    private final DecisionService decisions;

    DecisionApiController(DecisionService decisions) {
        this.decisions = decisions;
    }

    /** A decision as proposed or changed; {@code version} is read only on changes, {@code supersedes} on proposals. */
    @Schema(name = "DecisionRequest")
    record DecisionRequest(
            Integer version,
            String title,
            String context,
            String options,
            String decision,
            LocalDate decisionDate,
            Boolean joint,

            @Schema(description = "The stage whose gate this is about, the one the partnership leaves")
            Stage gate,

            DocumentLink document,

            @Schema(description = "The number of an item of this partnership's risks register (3 for R-3), not its id")
            Long riskId,

            @Schema(description = "The id of the approved decision this one replaces once approved")
            Long supersedes) {

        DecisionDetails details() {
            return new DecisionDetails(title, context, options, decision, decisionDate, joint, gate, document, riskId);
        }
    }

    @GetMapping
    @Operation(summary = "List the decision log", description = "Oldest first, numbered D-1, D-2...")
    List<DecisionView> list(@PathVariable long id, CurrentUser user) {
        return decisions.log(id, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Propose a decision",
            description = "For managers and board members. Name an approved decision in supersedes to replace it once"
                    + " this one is approved.")
    DecisionView propose(@PathVariable long id, @RequestBody DecisionRequest body, CurrentUser user) {
        return decisions.propose(id, body.supersedes(), body.details(), user);
    }

    @GetMapping("/{decisionId}")
    @Operation(
            summary = "Get a decision",
            description = "With its approvals and what it supersedes or is superseded by.")
    DecisionView one(@PathVariable long id, @PathVariable long decisionId, CurrentUser user) {
        return decisions.decision(id, decisionId, user);
    }

    @PutMapping("/{decisionId}")
    @Operation(
            summary = "Change a draft decision",
            description = "Clears the approvals given so far. 409 when the version is stale or the decision is"
                    + " approved or withdrawn.")
    DecisionView change(
            @PathVariable long id, @PathVariable long decisionId, @RequestBody DecisionRequest body, CurrentUser user) {
        return decisions.change(id, decisionId, body.version(), body.details(), user);
    }

    @PostMapping("/{decisionId}/approvals")
    @Operation(
            summary = "Approve a draft decision",
            description = "As the signed-in board member (403 for observers and anyone not on the board). Send the"
                    + " version you read (428 without it, 409 when it changed). A joint decision is approved once a"
                    + " public-sector and a third-sector board member have approved it; others after one approval.")
    DecisionView approve(
            @PathVariable long id,
            @PathVariable long decisionId,
            @RequestBody(required = false) VersionSeen seen,
            CurrentUser user) {
        return decisions.approve(id, decisionId, VersionSeen.of(seen), user);
    }

    @PostMapping("/{decisionId}/withdraw")
    @Operation(
            summary = "Withdraw a draft decision",
            description = "It stays in the log, marked withdrawn. Send the version you read; 428 without it.")
    DecisionView withdraw(
            @PathVariable long id,
            @PathVariable long decisionId,
            @RequestBody(required = false) VersionSeen seen,
            CurrentUser user) {
        return decisions.withdraw(id, decisionId, VersionSeen.of(seen), user);
    }
}
