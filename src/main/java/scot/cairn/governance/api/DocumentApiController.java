package scot.cairn.governance.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentReader;
import scot.cairn.governance.DocumentService;
import scot.cairn.governance.DocumentViews.DocumentSummary;
import scot.cairn.governance.DocumentViews.DocumentView;
import scot.cairn.governance.DocumentViews.VersionView;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.web.VersionSeen;

/** The MoU and the PID: versions, their text, signatures and the PDF of a signed version. */
@RestController
@RequestMapping(path = "/api/v1/partnerships/{id}/documents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(
        name = "Governance documents",
        description =
                "The MoU, the PID and the service specification (spec): versions with sections (the specification's"
                        + " with what the partnership's records said for each), signatures with the SHA-256 of the text signed")
class DocumentApiController {

    private final DocumentReader reader;
    private final DocumentService documents;

    DocumentApiController(DocumentReader reader, DocumentService documents) {
        this.reader = reader;
        this.documents = documents;
    }

    /** New text for a version: every section's text by key, and the lock version the client last read. */
    @Schema(name = "DocumentVersionChange")
    record VersionChange(Integer version, Map<String, String> sections) {}

    /** A new version: the number of the version the client last read (0 for the first) and every section's text. */
    @Schema(name = "NewDocumentVersion")
    record NewVersion(Integer basedOn, Map<String, String> sections) {}

    @GetMapping
    @Operation(summary = "List the MoU and the PID", description = "Each with its current version and sign-off.")
    List<DocumentSummary> list(@PathVariable long id, CurrentUser user) {
        return reader.documents(id, user);
    }

    @GetMapping("/{kind}")
    @Operation(
            summary = "Get a document with its versions",
            description = "kind is mou, pid or spec. current is null before the first draft.")
    DocumentView document(@PathVariable long id, @PathVariable String kind, CurrentUser user) {
        return reader.document(id, kind(kind), user);
    }

    @GetMapping("/{kind}/versions/{number}")
    @Operation(summary = "Get one version with its sections and signatures")
    VersionView version(@PathVariable long id, @PathVariable String kind, @PathVariable int number, CurrentUser user) {
        return reader.version(id, kind(kind), number, user);
    }

    @PostMapping("/{kind}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Start a new version",
            description = "For the Project Manager (the Procurement Representative for spec) or the partnership's"
                    + " managers: the first version (basedOn 0), or"
                    + " the next one when the current version is signed (everyone then signs again). 409 when the"
                    + " current version is an unsigned draft (PUT it instead) or basedOn is not the current number.")
    VersionView create(
            @PathVariable long id, @PathVariable String kind, @RequestBody NewVersion body, CurrentUser user) {
        return documents.newVersion(id, kind(kind), body.basedOn(), body.sections(), user);
    }

    @PutMapping("/{kind}/versions/{number}")
    @Operation(
            summary = "Change an unsigned draft in place",
            description = "409 when the version is signed (save a new version instead) or when version is not the"
                    + " latest lock version.")
    VersionView change(
            @PathVariable long id,
            @PathVariable String kind,
            @PathVariable int number,
            @RequestBody VersionChange body,
            CurrentUser user) {
        return documents.change(id, kind(kind), number, body.version(), body.sections(), user);
    }

    @PostMapping("/{kind}/versions/{number}/signatures")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Sign the MoU or approve the PID or the specification",
            description = "The MoU is signed by a core partner's Senior Sponsor for their organisation; the PID and"
                    + " the specification are approved by a member of the Governance Group. Send the version you read"
                    + " (its lock version; 428 without it). 403 for anyone else; 409 when the version has been replaced"
                    + " or changed, or the caller has already signed it; 400 for the specification while a"
                    + " declaration of interests waits for review or when the records changed since it was saved.")
    VersionView sign(
            @PathVariable long id,
            @PathVariable String kind,
            @PathVariable int number,
            @RequestBody(required = false) VersionSeen seen,
            CurrentUser user) {
        return documents.sign(id, kind(kind), number, VersionSeen.of(seen), user);
    }

    @GetMapping(path = "/{kind}/versions/{number}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Download a signed version as PDF", description = "With its sections and signatures.")
    ResponseEntity<byte[]> pdf(
            @PathVariable long id, @PathVariable String kind, @PathVariable int number, CurrentUser user) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .body(reader.pdf(id, kind(kind), number, user));
    }

    private static DocumentKind kind(String slug) {
        return DocumentKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("Document"));
    }
}
