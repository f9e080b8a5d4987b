package scot.cairn.consultation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import scot.cairn.consultation.ConsultationDetails;
import scot.cairn.consultation.ConsultationDownloads;
import scot.cairn.consultation.ConsultationService;
import scot.cairn.consultation.ConsultationView;
import scot.cairn.consultation.Method;
import scot.cairn.consultation.QuestionDetails;
import scot.cairn.consultation.ResponseDetails;
import scot.cairn.consultation.ResponseService;
import scot.cairn.consultation.ResultsView;
import scot.cairn.identity.CurrentUser;

/** Consultations, their questions, responses entered by the team, and their results. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/consultations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consultations", description = "Asking the people who use the service, and what they said")
class ConsultationApiController {

    private final ConsultationService consultations;
    private final ResponseService responses;
    private final ConsultationDownloads downloads;

    ConsultationApiController(
            ConsultationService consultations, ResponseService responses, ConsultationDownloads downloads) {
        this.consultations = consultations;
        this.responses = responses;
        this.downloads = downloads;
    }

    /** A consultation as sent: the version read when changing one. */
    record ConsultationChange(
            Integer version,
            String title,
            String purpose,
            String audience,
            Set<Method> methods,
            LocalDate opens,
            LocalDate closes,
            String support,
            Boolean anonymous) {

        ConsultationDetails details() {
            return new ConsultationDetails(
                    title, purpose, audience, methods, opens, closes, support, Boolean.TRUE.equals(anonymous));
        }
    }

    /** A question to add, with the version of the consultation read. */
    record QuestionChange(Integer version, QuestionDetails question) {}

    /** The version of the consultation read. */
    record Seen(Integer version) {}

    @GetMapping
    @Operation(summary = "List consultations", description = "Newest first, with their questions.")
    List<ConsultationView> list(@PathVariable long id, CurrentUser user) {
        return consultations.list(id, user).consultations();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a consultation", description = "As a draft, without questions.")
    ConsultationView create(@PathVariable long id, @RequestBody ConsultationChange body, CurrentUser user) {
        return consultations.create(id, body.details(), user);
    }

    @GetMapping("/{cid}")
    @Operation(summary = "Get a consultation", description = "While open, link is the path anyone answers at.")
    ConsultationView one(@PathVariable long id, @PathVariable long cid, CurrentUser user) {
        return consultations.get(id, cid, user);
    }

    @PutMapping("/{cid}")
    @Operation(
            summary = "Change a consultation",
            description = "Send the version read. Refused once closed; anonymity is fixed once open.")
    ConsultationView describe(
            @PathVariable long id, @PathVariable long cid, @RequestBody ConsultationChange body, CurrentUser user) {
        return consultations.describe(id, cid, body.version(), body.details(), user);
    }

    @PostMapping("/{cid}/questions")
    @Operation(
            summary = "Add a question",
            description = "While a draft. kind is FREE_TEXT, SINGLE_CHOICE, MULTIPLE_CHOICE or RATING (1 to 5);"
                    + " a choice needs 2 to 20 options, one per line.")
    ConsultationView addQuestion(
            @PathVariable long id, @PathVariable long cid, @RequestBody QuestionChange body, CurrentUser user) {
        return consultations.addQuestion(
                id,
                cid,
                body.version(),
                body.question() == null ? new QuestionDetails(null, null, null, null) : body.question(),
                user);
    }

    @DeleteMapping("/{cid}/questions/{number}")
    @Operation(summary = "Remove a question", description = "While a draft; numbered from 1. Send the version read.")
    ConsultationView removeQuestion(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable int number,
            @RequestParam(required = false) Integer version,
            CurrentUser user) {
        return consultations.removeQuestion(id, cid, version, number, user);
    }

    @PostMapping("/{cid}/open")
    @Operation(summary = "Open for answers", description = "Needs questions and a closing date; makes the link.")
    ConsultationView open(@PathVariable long id, @PathVariable long cid, @RequestBody Seen body, CurrentUser user) {
        return consultations.open(id, cid, body.version(), user);
    }

    @PostMapping("/{cid}/close")
    @Operation(summary = "Close", description = "The link and the team take no more answers.")
    ConsultationView close(@PathVariable long id, @PathVariable long cid, @RequestBody Seen body, CurrentUser user) {
        return consultations.close(id, cid, body.version(), user);
    }

    @PostMapping("/{cid}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Enter a response",
            description = "Given on paper (PAPER), at a workshop (WORKSHOP) or in an interview (INTERVIEW). answers"
                    + " name their question from 1; choices are option numbers from 1. Refused by field (q1, q2...)"
                    + " and nothing saved when any answer is wrong, and when the consultation is not open.")
    ResultsView.ResponseLine record(
            @PathVariable long id, @PathVariable long cid, @RequestBody ResponseDetails body, CurrentUser user) {
        return responses.record(id, cid, body, user);
    }

    @GetMapping("/{cid}/results")
    @Operation(summary = "Results", description = "Counts per option and rating, the latest free-text answers.")
    ResultsView results(@PathVariable long id, @PathVariable long cid, CurrentUser user) {
        return responses.results(id, cid, user);
    }

    @GetMapping(value = "/{cid}/responses.csv", produces = "text/csv")
    @Operation(summary = "Every response as CSV")
    ResponseEntity<byte[]> csv(@PathVariable long id, @PathVariable long cid, CurrentUser user) {
        return downloads.csv(id, cid, user).response();
    }

    @GetMapping(
            value = "/{cid}/responses.xlsx",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "Every response as an Excel workbook")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable long cid, CurrentUser user) {
        return downloads.workbook(id, cid, user).response();
    }
}
