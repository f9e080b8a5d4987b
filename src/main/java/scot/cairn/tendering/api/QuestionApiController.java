package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import scot.cairn.tendering.QuestionCriterion;
import scot.cairn.tendering.QuestionDetails;
import scot.cairn.tendering.QuestionService;
import scot.cairn.tendering.QuestionsView;

/** The questions bidders answer in a tender. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/tenders/{tid}/questions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tendering")
class QuestionApiController {

    private final QuestionService questions;

    QuestionApiController(QuestionService questions) {
        this.questions = questions;
    }

    /** A question, with the version read when changing one. */
    record Body(Integer version, QuestionCriterion criterion, String text, String guidance, Integer weight) {

        QuestionDetails details() {
            return new QuestionDetails(criterion, text, guidance, weight);
        }
    }

    @GetMapping
    @Operation(
            summary = "The tender's questions",
            description = "With, under each criterion, what the questions weigh against the criterion's weight.")
    QuestionsView questions(@PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return questions.questions(id, tid, user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a question",
            description = "By the Procurement Representative or a manager. criterion QUALITY or COMMUNITY_BENEFITS;"
                    + " weight a whole percent of the whole score from 1 to 100; the questions under a criterion"
                    + " weigh no more than the criterion. At most 50 a tender.")
    QuestionsView.QuestionView ask(
            @PathVariable long id, @PathVariable long tid, @RequestBody Body body, CurrentUser user) {
        return questions.ask(id, tid, body.details(), user);
    }

    @PutMapping("/{qid}")
    @Operation(summary = "Change a question", description = "With the version read.")
    QuestionsView.QuestionView change(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long qid,
            @RequestBody Body body,
            CurrentUser user) {
        return questions.change(id, tid, qid, body.version(), body.details(), user);
    }

    @DeleteMapping("/{qid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a question", description = "With the version read (?version=).")
    void remove(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long qid,
            @RequestParam(required = false) Integer version,
            CurrentUser user) {
        questions.remove(id, tid, qid, version, user);
    }
}
