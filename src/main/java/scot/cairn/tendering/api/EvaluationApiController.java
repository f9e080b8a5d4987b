package scot.cairn.tendering.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.tendering.EvaluationService;
import scot.cairn.tendering.EvaluationView;
import scot.cairn.tendering.ScoringView;

/** Evaluating an opened tender: evaluators per question, scores with justifications, moderation and the totals. */
@RestController
@RequestMapping(
        path = "/api/v1/partnerships/{id}/tenders/{tid}/evaluation",
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Tendering")
class EvaluationApiController {

    private final EvaluationService evaluation;
    private final scot.cairn.tendering.AwardService awards;

    EvaluationApiController(EvaluationService evaluation, scot.cairn.tendering.AwardService awards) {
        this.evaluation = evaluation;
        this.awards = awards;
    }

    @GetMapping("/awards")
    @Operation(summary = "The tender's award recommendations", description = "For the officers who read the bids.")
    java.util.List<scot.cairn.tendering.AwardView> awards(
            @PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return awards.awards(id, tid, user);
    }

    /** The lot to award (0 for a tender without lots). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AwardRequest")
    record Award(Integer lot) {}

    @PostMapping("/awards")
    @Operation(
            summary = "Recommend the award of a lot to the bid ranked first",
            description = "By the officers who read the bids, once every bid for the lot is moderated on every question"
                    + " (400 before), never while another recommendation for the lot stands or when the first place is"
                    + " shared. Puts a joint decision into the log; once board members of both sectors approve it the"
                    + " award is approved, the 10-day standstill begins and unsuccessful bidders read their debrief.")
    java.util.List<scot.cairn.tendering.AwardView> propose(
            @PathVariable long id, @PathVariable long tid, @RequestBody Award body, CurrentUser user) {
        return awards.propose(id, tid, body.lot(), user);
    }

    /** The version of the recommendation read. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "AwardWithdrawal")
    record Withdrawal(Integer version) {}

    @PostMapping("/awards/{awardId}/withdraw")
    @Operation(summary = "Withdraw a recommendation the board has not approved", description = "With the version read.")
    java.util.List<scot.cairn.tendering.AwardView> withdraw(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long awardId,
            @RequestBody Withdrawal body,
            CurrentUser user) {
        return awards.withdraw(id, tid, awardId, body.version(), user);
    }

    @GetMapping
    @Operation(
            summary = "The evaluation",
            description = "For the officers who read the bids: each question's evaluators and progress, and once opened"
                    + " the totals and ranks lot by lot (questions by moderated score over 5 times their weight; price"
                    + " as the lowest price over the bid's, times its weight). For an evaluator: their questions.")
    EvaluationView evaluation(@PathVariable long id, @PathVariable long tid, CurrentUser user) {
        return evaluation.evaluation(id, tid, user);
    }

    /** Whom to appoint to which question. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "EvaluatorAppointment")
    record Appointment(Long questionId, Long personId) {}

    @PostMapping("/evaluators")
    @Operation(
            summary = "Appoint an evaluator to a question",
            description =
                    "A member who takes part, whose declaration of interests is reviewed with no relevant conflict"
                            + " and whose organisation does not bid.")
    EvaluationView appoint(
            @PathVariable long id, @PathVariable long tid, @RequestBody Appointment body, CurrentUser user) {
        return evaluation.appoint(id, tid, body.questionId() == null ? -1 : body.questionId(), body.personId(), user);
    }

    @GetMapping("/questions/{qid}")
    @Operation(
            summary = "One question, bid by bid",
            description = "For its evaluators, each bid's answer and their own score; for the officers, every"
                    + " evaluator's score and the moderated score. Refused and recorded before the opening.")
    ScoringView question(@PathVariable long id, @PathVariable long tid, @PathVariable long qid, CurrentUser user) {
        return evaluation.question(id, tid, qid, user);
    }

    /** A score from 0 to 5 with its justification, and the version of the score read (none the first time). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ScoreRequest")
    record Score(Integer version, Integer score, String justification) {}

    @PutMapping("/questions/{qid}/bids/{bid}/score")
    @Operation(
            summary = "Score a bid on a question",
            description = "By an evaluator of the question whose declaration still allows it; 0 to 5 with a"
                    + " justification; refused once moderated.")
    ScoringView score(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long qid,
            @PathVariable long bid,
            @RequestBody Score body,
            CurrentUser user) {
        return evaluation.score(id, tid, qid, bid, body.version(), body.score(), body.justification(), user);
    }

    /** The moderated score with the reason for a change, and the version read (none the first time). */
    @io.swagger.v3.oas.annotations.media.Schema(name = "ModerationRequest")
    record Moderation(Integer version, Integer score, String reason) {}

    @PutMapping("/questions/{qid}/bids/{bid}/moderation")
    @Operation(
            summary = "Record the moderated score of a bid on a question",
            description =
                    "By the officers once every evaluator of the question has scored the bid; a reason whenever it"
                            + " differs from an evaluator's score.")
    ScoringView moderate(
            @PathVariable long id,
            @PathVariable long tid,
            @PathVariable long qid,
            @PathVariable long bid,
            @RequestBody Moderation body,
            CurrentUser user) {
        return evaluation.moderate(id, tid, qid, bid, body.version(), body.score(), body.reason(), user);
    }
}
