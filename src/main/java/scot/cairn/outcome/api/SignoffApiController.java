package scot.cairn.outcome.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.IndicatorResults;
import scot.cairn.outcome.Period;
import scot.cairn.outcome.ResultsService;
import scot.cairn.outcome.SignoffService;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.web.VersionSeen;

/**
 * Period sign-off (an editor of the evidence submits a period, a board member approves it), the corrections of
 * approved values, and an indicator's results against its target.
 */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Sign-off and results", description = "Period sign-off, revisions of approved values, RAG status")
class SignoffApiController {

    private final SignoffService signoffs;
    private final ResultsService results;
    private final Words words;

    SignoffApiController(SignoffService signoffs, ResultsService results, Words words) {
        this.signoffs = signoffs;
        this.results = results;
        this.words = words;
    }

    @GetMapping("/periods/{period}/signoff")
    @Operation(summary = "A period's sign-off", description = "Who submitted and approved it; 404 until submitted.")
    Words.Signoff signoff(
            @PathVariable long id, @Parameter(example = "2026-Q3") @PathVariable String period, CurrentUser user) {
        return words.of(signoffs.signoff(id, parse(period), user).orElseThrow(() -> new NotFoundException("Sign-off")));
    }

    @PostMapping("/periods/{period}/submit")
    @Operation(
            summary = "Submit a period for approval",
            description = "Managers, analysts, the sustainability lead and the project manager only; once per period.")
    Words.Signoff submit(
            @PathVariable long id, @Parameter(example = "2026-Q3") @PathVariable String period, CurrentUser user) {
        var p = parse(period);
        signoffs.submit(id, p, user);
        return words.of(signoffs.signoff(id, p, user).orElseThrow());
    }

    @PostMapping("/periods/{period}/approve")
    @Operation(
            summary = "Approve a submitted period",
            description = "Board members who are not observers; send the sign-off's version you read (428 without"
                    + " it, 409 when values changed since). Approved with a public-sector and a third-sector board"
                    + " member's approval. A value changed after submission withdraws the approvals; the value it"
                    + " replaces is kept as a revision.")
    Words.Signoff approve(
            @PathVariable long id,
            @Parameter(example = "2026-Q3") @PathVariable String period,
            @RequestBody(required = false) VersionSeen seen,
            CurrentUser user) {
        var p = parse(period);
        signoffs.approve(id, p, VersionSeen.of(seen), user);
        return words.of(signoffs.signoff(id, p, user).orElseThrow());
    }

    @GetMapping("/measurements/{measurementId}/revisions")
    @Operation(
            summary = "Corrections of an approved value",
            description = "Each correction with the old and new value, who made it and when; oldest first.")
    List<IndicatorResults.RevisionView> revisions(
            @PathVariable long id, @PathVariable long measurementId, CurrentUser user) {
        return results.revisions(id, measurementId, user);
    }

    @GetMapping("/indicators/{indicatorId}/results")
    @Operation(
            summary = "An indicator against its target",
            description = "Target, actual, difference and RAG status per period, the overall status (latest period"
                    + " with a value), chart geometry and corrections.")
    IndicatorResults indicatorResults(@PathVariable long id, @PathVariable long indicatorId, CurrentUser user) {
        return results.results(id, indicatorId, user);
    }

    private static Period parse(String period) {
        return Period.parse(period).orElseThrow(() -> InvalidInputException.of("period", Period.HOW));
    }
}
