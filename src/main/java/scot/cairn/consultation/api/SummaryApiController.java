package scot.cairn.consultation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.consultation.SummaryService;
import scot.cairn.identity.CurrentUser;

/** A closed consultation's summary for the people consulted, and the free-text answers hidden from it. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/consultations/{cid}")
@Tag(name = "Consultations", description = "Asking the people who use the service, and what they said")
class SummaryApiController {

    private final SummaryService summaries;

    SummaryApiController(SummaryService summaries) {
        this.summaries = summaries;
    }

    /** Whether the answer is hidden from the published summary. */
    record Hidden(Boolean hidden) {}

    @PostMapping("/summary")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Publish the summary of a closed consultation",
            description = "At the consultation's link: the counts of every question and the free-text answers not"
                    + " hidden.")
    void publish(@PathVariable long id, @PathVariable long cid, CurrentUser user) {
        summaries.publish(id, cid, user);
    }

    @DeleteMapping("/summary")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw the published summary")
    void withdraw(@PathVariable long id, @PathVariable long cid, CurrentUser user) {
        summaries.withdraw(id, cid, user);
    }

    @PutMapping("/answers/{responseId}/{question}/hidden")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Hide a free-text answer from the summary, or show it",
            description = "Refused while the summary is published.")
    void hide(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long responseId,
            @PathVariable int question,
            @RequestBody Hidden body,
            CurrentUser user) {
        summaries.hide(id, cid, responseId, question, Boolean.TRUE.equals(body.hidden()), user);
    }
}
