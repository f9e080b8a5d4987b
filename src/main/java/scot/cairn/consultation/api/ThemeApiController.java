package scot.cairn.consultation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
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
import scot.cairn.consultation.ThemeDetails;
import scot.cairn.consultation.ThemeService;
import scot.cairn.consultation.ThemeView;
import scot.cairn.identity.CurrentUser;

/** "You said, we did": a consultation's themes, tagging free-text answers, and publishing each theme's response. */
@RestController
@RequestMapping(
        path = "/api/v1/partnerships/{id}/consultations/{cid}/themes",
        produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consultations")
class ThemeApiController {

    private final ThemeService themes;

    ThemeApiController(ThemeService themes) {
        this.themes = themes;
    }

    /** A theme as sent; link is KIND:id ("DECISION:12"); version is the one read when changing it. */
    record ThemeChange(Integer version, String name, String said, String response, String change, String link) {

        ThemeDetails details() {
            return new ThemeDetails(name, said, response, change, link);
        }
    }

    /** The version of the theme read. */
    record Seen(Integer version) {}

    /** The themes one answer carries: the free-text question's number and the themes' ids (none to untag). */
    record Tags(int question, List<Long> themeIds) {}

    @GetMapping
    @Operation(summary = "List themes", description = "With how many answers carry each and whether it is published.")
    List<ThemeView> list(@PathVariable long id, @PathVariable long cid, CurrentUser user) {
        return themes.themes(id, cid, user).themes();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a theme", description = "At most 50 a consultation.")
    ThemeView add(@PathVariable long id, @PathVariable long cid, @RequestBody ThemeChange body, CurrentUser user) {
        return themes.add(id, cid, body.details(), user);
    }

    @PutMapping("/{tid}")
    @Operation(summary = "Change a theme", description = "Send the version read. Refused while published.")
    ThemeView write(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long tid,
            @RequestBody ThemeChange body,
            CurrentUser user) {
        return themes.write(id, cid, tid, body.version(), body.details(), user);
    }

    @PostMapping("/{tid}/publish")
    @Operation(
            summary = "Publish a theme",
            description = "Shown at the consultation's link; needs what people said and what the partnership did.")
    ThemeView publish(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long tid,
            @RequestBody Seen body,
            CurrentUser user) {
        return themes.publish(id, cid, tid, body.version(), user);
    }

    @PostMapping("/{tid}/withdraw")
    @Operation(summary = "Withdraw a published theme", description = "So that it can be corrected.")
    ThemeView withdraw(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long tid,
            @RequestBody Seen body,
            CurrentUser user) {
        return themes.withdraw(id, cid, tid, body.version(), user);
    }

    @DeleteMapping("/{tid}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an unpublished theme", description = "With its tags. Send the version read.")
    void remove(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long tid,
            @RequestParam(required = false) Integer version,
            CurrentUser user) {
        themes.remove(id, cid, tid, version, user);
    }

    @GetMapping("/answers")
    @Operation(summary = "Free-text answers with their themes", description = "50 a page, newest first.")
    ThemeService.AnswerPage answers(
            @PathVariable long id,
            @PathVariable long cid,
            @RequestParam int question,
            @RequestParam(defaultValue = "1") int page,
            CurrentUser user) {
        return themes.answers(id, cid, question, page, user);
    }

    @PutMapping("/answers/{responseId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set the themes an answer carries")
    void tag(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long responseId,
            @RequestBody Tags body,
            CurrentUser user) {
        themes.tag(
                id,
                cid,
                responseId,
                body.question(),
                body.themeIds() == null ? java.util.Set.of() : new LinkedHashSet<>(body.themeIds()),
                user);
    }
}
