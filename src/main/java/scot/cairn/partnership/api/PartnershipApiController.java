package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpHeaders;
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
import scot.cairn.partnership.Market;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipFilter;
import scot.cairn.partnership.PartnershipPage;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Stage;
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
            description = "The partnerships you are a member of, by title, a page at a time: page (from 1) and size"
                    + " (default 100, at most 200). The header X-Total-Count gives how many match in all, and Link"
                    + " names the next and previous pages. Narrow the list with title and region (words they"
                    + " contain, any case), stage, market and role (your role). Administrators may ask for every"
                    + " partnership with scope=all; for anyone else scope=all lists their own. A value that cannot"
                    + " be read answers 400 naming the parameter.")
    ResponseEntity<List<PartnershipSummaryResource>> listPartnerships(
            @Parameter(schema = @Schema(allowableValues = {"mine", "all"})) @RequestParam(defaultValue = "mine")
                    String scope,
            @RequestParam(required = false) String title,
            @Parameter(schema = @Schema(implementation = Stage.class)) @RequestParam(required = false) String stage,
            @Parameter(schema = @Schema(implementation = Market.class)) @RequestParam(required = false) String market,
            @RequestParam(required = false) String region,
            @Parameter(schema = @Schema(implementation = MemberRole.class)) @RequestParam(required = false) String role,
            @Parameter(schema = @Schema(minimum = "1")) @RequestParam(defaultValue = "1") int page,
            @Parameter(schema = @Schema(minimum = "1", maximum = "200")) @RequestParam(defaultValue = "100") int size,
            CurrentUser user) {
        boolean all = switch (scope) {
            case "mine" -> false;
            case "all" -> true;
            default -> throw InvalidInputException.of("scope", "partnership.api.scope");
        };
        var filter = PartnershipFilter.parse(title, stage, market, region, role);
        var found = partnerships.find(user, all, filter, page, size);
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(found.total()))
                .headers(h -> links(found).ifPresent(link -> h.add(HttpHeaders.LINK, link)))
                .body(found.items().stream()
                        .map(PartnershipSummaryResource::from)
                        .toList());
    }

    /** RFC 8288 links to the previous and next pages, with the same parameters. */
    private static java.util.Optional<String> links(PartnershipPage found) {
        var links = new java.util.ArrayList<String>();
        if (found.hasPrevious()) {
            links.add(link(Math.min(found.page(), found.pages() + 1) - 1, "prev"));
        }
        if (found.hasNext()) {
            links.add(link(found.page() + 1, "next"));
        }
        return links.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", links));
    }

    private static String link(int page, String rel) {
        var uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
        return "<" + uri + ">; rel=\"" + rel + "\"";
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
