package scot.cairn.engagement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import scot.cairn.engagement.BulletinService;
import scot.cairn.engagement.BulletinView;
import scot.cairn.engagement.PublicPageService;
import scot.cairn.engagement.PublicPageView;
import scot.cairn.identity.CurrentUser;

/** Bulletins to the forum of informed providers, and whether the partnership's public page is on. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Outside providers", description = "Bulletins to informed providers and the public page")
class BulletinApiController {

    private final BulletinService bulletins;
    private final PublicPageService page;

    BulletinApiController(BulletinService bulletins, PublicPageService page) {
        this.bulletins = bulletins;
        this.page = page;
    }

    /** A bulletin's words, with the version read when changing one. */
    record BulletinRequest(Integer version, String title, String body) {}

    /** The version read, for a step in a bulletin's life. */
    record StepRequest(Integer version) {}

    /** The public page on (with the board's approved decision) or off, with the version read (0 before it was set). */
    record PageRequest(Integer version, Boolean enabled, Long decisionId) {}

    @GetMapping("/bulletins")
    @Operation(summary = "List the bulletins", description = "Newest first, with their status and approvals.")
    BulletinService.Listing list(@PathVariable long id, CurrentUser user) {
        return bulletins.list(id, user);
    }

    @GetMapping("/bulletins/{bulletinId}")
    @Operation(summary = "Get a bulletin")
    BulletinView get(@PathVariable long id, @PathVariable long bulletinId, CurrentUser user) {
        return bulletins.get(id, bulletinId, user);
    }

    @PostMapping("/bulletins")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Write a bulletin",
            description = "A draft; for the Communications Lead, the Project Manager and managers.")
    BulletinView write(@PathVariable long id, @RequestBody BulletinRequest body, CurrentUser user) {
        return bulletins.write(id, body.title(), body.body(), user);
    }

    @PutMapping("/bulletins/{bulletinId}")
    @Operation(summary = "Change a draft bulletin", description = "Only while nobody has approved it.")
    BulletinView rewrite(
            @PathVariable long id, @PathVariable long bulletinId, @RequestBody BulletinRequest body, CurrentUser user) {
        return bulletins.rewrite(id, bulletinId, body.version(), body.title(), body.body(), user);
    }

    @PostMapping("/bulletins/{bulletinId}/approve")
    @Operation(
            summary = "Approve a bulletin",
            description = "By a board member; approved once a public-sector and a third-sector member have.")
    BulletinView approve(
            @PathVariable long id, @PathVariable long bulletinId, @RequestBody StepRequest body, CurrentUser user) {
        return bulletins.approve(id, bulletinId, body.version(), user);
    }

    @PostMapping("/bulletins/{bulletinId}/send")
    @Operation(
            summary = "Send an approved bulletin",
            description = "Once: every contact of the forum's organisations is emailed, and it is published.")
    BulletinView send(
            @PathVariable long id, @PathVariable long bulletinId, @RequestBody StepRequest body, CurrentUser user) {
        return bulletins.send(id, bulletinId, body.version(), user);
    }

    @PostMapping("/bulletins/{bulletinId}/reopen")
    @Operation(summary = "Take an unsent bulletin back to a draft", description = "Its approvals are dropped.")
    BulletinView reopen(
            @PathVariable long id, @PathVariable long bulletinId, @RequestBody StepRequest body, CurrentUser user) {
        return bulletins.reopen(id, bulletinId, body.version(), user);
    }

    @GetMapping("/public-page")
    @Operation(summary = "Whether the public page is on")
    PublicPageView publicPage(@PathVariable long id, CurrentUser user) {
        return page.settings(id, user);
    }

    @PutMapping("/public-page")
    @Operation(
            summary = "Turn the public page on or off",
            description = "Managers; turning it on names the board's approved decision.")
    PublicPageView change(@PathVariable long id, @RequestBody PageRequest body, CurrentUser user) {
        return page.change(id, body.version(), Boolean.TRUE.equals(body.enabled()), body.decisionId(), user);
    }
}
