package scot.cairn.sroi.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import scot.cairn.identity.CurrentUser;
import scot.cairn.sroi.SroiAnalysisView;
import scot.cairn.sroi.SroiDownloads;
import scot.cairn.sroi.SroiDownloads.Download;
import scot.cairn.sroi.WorkbookImportService;
import scot.cairn.sroi.WorkbookPreview;

/**
 * An SROI analysis as an impact-map spreadsheet and a PDF report, and importing such a spreadsheet in two steps: the
 * preview checks every row and answers 400 with each bad row's problems ({@code rows[2]}, {@code inputs[0]},
 * {@code file}) and keeps nothing; a clean preview is kept until confirmed, which replaces the inputs, impact map and
 * settings all at once (409 when the analysis changed since the preview).
 */
@RestController
@RequestMapping("/api/v1/partnerships/{id}/sroi-analyses/{analysisId}")
@Tag(name = "SROI", description = "Social Return on Investment analyses, their impact maps and results")
class WorkbookApiController {

    private final SroiDownloads downloads;
    private final WorkbookImportService imports;

    WorkbookApiController(SroiDownloads downloads, WorkbookImportService imports) {
        this.downloads = downloads;
        this.imports = imports;
    }

    @Schema(name = "SroiWorkbookConfirmation")
    record Confirmation(String importId) {}

    @GetMapping(path = "/workbook", produces = SroiDownloads.XLSX)
    @Operation(
            summary = "Download the impact map as a spreadsheet",
            description = "An Excel workbook in the practitioners' layout: sheets Impact map (stages 1 to 4, values per"
                    + " year and present value), Inputs, Settings and Summary. For anyone who can read the analysis.")
    ResponseEntity<byte[]> workbook(@PathVariable long id, @PathVariable long analysisId, CurrentUser user) {
        return file(downloads.workbook(id, analysisId, user), MediaType.parseMediaType(SroiDownloads.XLSX));
    }

    @GetMapping(path = "/report", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(
            summary = "Download the analysis report as PDF",
            description =
                    "Result, charts, inputs, impact map, sensitivity and thresholds (each assumption moved by 10).")
    ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable long analysisId, CurrentUser user) {
        return file(downloads.report(id, analysisId, user), MediaType.APPLICATION_PDF);
    }

    @PostMapping(
            path = "/workbook/preview",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Check a spreadsheet to import",
            description = "Multipart field `file`: an .xlsx impact map (as downloaded from /workbook). Saves nothing in"
                    + " the analysis. A clean file is kept and answered with every row, the settings found and an"
                    + " importId to confirm; a file with problems gets 400 with `errors` per row (`rows[2]` is the"
                    + " file's third impact-map row, `inputs[0]` its first input) or `file`. Draft analyses only;"
                    + " managers, analysts, the sustainability lead and the project manager.")
    WorkbookPreview preview(
            @PathVariable long id,
            @PathVariable long analysisId,
            @RequestPart(name = "file", required = false) MultipartFile file,
            CurrentUser user)
            throws IOException {
        byte[] content = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return imports.check(id, analysisId, name, content, user);
    }

    @PostMapping(
            path = "/workbook/confirm",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Import a checked spreadsheet",
            description = "Replaces the inputs, impact map and settings with the preview's, all or nothing, as one"
                    + " change in the audit trail; imported quantities count as entered. 409 when the analysis changed"
                    + " since the preview; 404 for an unknown or someone else's importId.")
    SroiAnalysisView confirm(
            @PathVariable long id, @PathVariable long analysisId, @RequestBody Confirmation body, CurrentUser user) {
        return imports.confirm(id, analysisId, body.importId() == null ? "" : body.importId(), user);
    }

    private static ResponseEntity<byte[]> file(Download d, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(d.content());
    }
}
