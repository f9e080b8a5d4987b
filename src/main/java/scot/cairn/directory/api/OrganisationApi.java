package scot.cairn.directory.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
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
import scot.cairn.directory.OrganisationService;
import scot.cairn.platform.web.Texts;

/** The organisations directory as JSON: anyone with a token reads it, platform administrators change it. */
@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "The directory of public bodies, charities and other organisations")
class OrganisationApi {

    private final OrganisationService organisations;
    private final Texts texts;

    OrganisationApi(OrganisationService organisations, Texts texts) {
        this.organisations = organisations;
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "Organisations whose name contains q (ignoring case), by name; all of them without q")
    List<OrganisationResource> search(@RequestParam(defaultValue = "") String q) {
        return organisations.search(q).stream().map(OrganisationResource::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    OrganisationResource get(@PathVariable long id) {
        return OrganisationResource.of(organisations.get(id));
    }

    @PostMapping
    @Operation(
            summary = "Add an organisation (platform administrators only)",
            description =
                    "Names, charity numbers and company numbers are unique; a duplicate is a 400 naming the field.")
    ResponseEntity<OrganisationResource> create(@RequestBody NewOrganisation request) {
        var created = OrganisationResource.of(organisations.create(request.details()));
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(created.id())
                .toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace an organisation's details (platform administrators only)",
            description = "Send the version you last read; if someone has changed the organisation since, the answer"
                    + " is 409 and nothing is saved.")
    OrganisationResource update(@PathVariable long id, @Valid @RequestBody OrganisationChange request) {
        return OrganisationResource.of(organisations.update(id, request.version(), request.details()));
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "Every recorded change to the organisation, newest first")
    List<HistoryEntry> history(@PathVariable long id) {
        return organisations.history(id).stream()
                .map(e -> HistoryEntry.of(e, texts))
                .toList();
    }
}
