package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.web.Texts;

/** Listing, starting, reading and describing partnerships, and their history. */
@RestController
@RequestMapping(path = "/api/v1/partnerships", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Partnerships", description = "Public Social Partnerships: details, stage, partners, members, history")
class PartnershipApiController {

    private final PartnershipService partnerships;
    private final Texts words;

    PartnershipApiController(PartnershipService partnerships, Texts words) {
        this.partnerships = partnerships;
        this.words = words;
    }

    @GetMapping
    @Operation(
            summary = "List partnerships",
            description = "The partnerships you are a member of, by title. Administrators may ask for every"
                    + " partnership with scope=all; for anyone else scope=all lists their own.")
    List<PartnershipSummaryResource> listPartnerships(
            @Parameter(schema = @Schema(allowableValues = {"mine", "all"})) @RequestParam(defaultValue = "mine")
                    String scope,
            CurrentUser user) {
        var found = switch (scope) {
            case "mine" -> partnerships.mine(user);
            case "all" -> partnerships.all(user);
            default -> throw InvalidInputException.of("scope", "partnership.api.scope");
        };
        return found.stream().map(PartnershipSummaryResource::from).toList();
    }

    @PostMapping
    @Operation(
            summary = "Start a partnership",
            description = "Starts a partnership in Explore with you as its manager; the lead partner becomes a core"
                    + " partner. Commissioners (public sector) and administrators only.",
            responses = @ApiResponse(responseCode = "201", description = "Started; the Location header names it"))
    ResponseEntity<PartnershipResource> startPartnership(
            @Valid @RequestBody PartnershipDetails details, CurrentUser user) {
        var started = partnerships.start(details, user);
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(started.id())
                .toUri();
        return ResponseEntity.created(location).body(PartnershipResource.from(started, words));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a partnership", description = "Details, stage, closure, partners, members, timeline.")
    PartnershipResource getPartnership(@PathVariable long id, CurrentUser user) {
        return PartnershipResource.from(partnerships.get(id, user), words);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Change a partnership's details",
            description = "Managers only. A version other than the current one answers 409.")
    PartnershipResource updatePartnership(
            @PathVariable long id, @Valid @RequestBody PartnershipChange change, CurrentUser user) {
        return PartnershipResource.from(partnerships.update(id, change.version(), change.details(), user), words);
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Read a partnership's history", description = "Every recorded change, newest first.")
    List<HistoryEntry> partnershipHistory(@PathVariable long id, CurrentUser user) {
        return partnerships.history(id, user).stream()
                .map(e -> HistoryEntry.from(e, words))
                .toList();
    }
}
