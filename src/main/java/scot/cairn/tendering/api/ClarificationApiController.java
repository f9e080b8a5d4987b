package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.tendering.ClarificationService;
import scot.cairn.tendering.ClarificationsView;

/** Clarification questions of a published tender: asked by interested providers, answered to all of them at once. */
@RestController
@RequestMapping(
        path = "/api/v1/partnerships/{id}/tenders/{tid}/clarifications",
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tendering")
class ClarificationApiController {

    private final ClarificationService clarifications;

    ClarificationApiController(ClarificationService clarifications) {
        this.clarifications = clarifications;
    }

    @GetMapping
    @Operation(
            summary = "The tender's clarification questions",
            description = "A provider sees the published answers (the question as worded for everyone) and its own"
                    + " organisation's questions; those who write tenders see every question and who asked it.")
    ClarificationsView clarifications(@PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return clarifications.clarifications(id, tid, user);
    }

    /** A question from a provider. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ClarificationQuestion")
    record Question(String question) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Ask a clarification question",
            description = "For the caller's organisation, which must have expressed interest; before noon, Scottish"
                    + " time, on the clarification deadline. At most 200 a tender.")
    ClarificationsView ask(
            @PathVariable long id, @PathVariable long tid, @RequestBody Question body, CurrentUser user) {
        return clarifications.ask(id, tid, body.question(), user);
    }

    /** An answer, with the question worded so that it names nobody and the version read. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ClarificationAnswer")
    record Answer(Integer version, String publicQuestion, String answer) {}

    @PostMapping("/{cid}/answer")
    @Operation(
            summary = "Answer a clarification question and publish it",
            description = "By the Procurement Representative or a manager, before the bid deadline, once: the answer"
                    + " and the question as worded for everyone reach every interested provider at the same moment"
                    + " and enter the information-parity ledger.")
    ClarificationsView answer(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long cid,
            @RequestBody Answer body,
            CurrentUser user) {
        return clarifications.answer(id, tid, cid, body.version(), body.publicQuestion(), body.answer(), user);
    }
}
