package scot.cairn.sroi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Problem;
import scot.cairn.platform.web.Uploads;
import scot.cairn.sroi.SroiDownloads;
import scot.cairn.sroi.SroiDownloads.Download;
import scot.cairn.sroi.SroiService;
import scot.cairn.sroi.WorkbookImportService;

/** An analysis as a spreadsheet and a PDF report; uploading a spreadsheet, its preview, and confirming it. */
@Controller
class WorkbookController {

    private final SroiService sroi;
    private final SroiDownloads downloads;
    private final WorkbookImportService imports;
    private final PartnershipScope scope;

    WorkbookController(
            SroiService sroi, SroiDownloads downloads, WorkbookImportService imports, PartnershipScope scope) {
        this.scope = scope;
        this.sroi = sroi;
        this.downloads = downloads;
        this.imports = imports;
    }

    @GetMapping("/partnerships/{id}/sroi/{analysisId}.xlsx")
    ResponseEntity<byte[]> workbook(@PathVariable long id, @PathVariable long analysisId, CurrentUser user) {
        return file(downloads.workbook(id, analysisId, user), MediaType.parseMediaType(SroiDownloads.XLSX));
    }

    @GetMapping("/partnerships/{id}/sroi/{analysisId}.pdf")
    ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable long analysisId, CurrentUser user) {
        return file(downloads.report(id, analysisId, user), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/partnerships/{id}/sroi/{analysisId}/import")
    String uploadForm(@PathVariable long id, @PathVariable long analysisId, CurrentUser user, Model model) {
        model.addAttribute(
                "problems",
                Uploads.refusal(model).map(refused -> Problem.words("file", refused)).stream()
                        .toList());
        return uploadPage(id, analysisId, user, model);
    }

    @PostMapping("/partnerships/{id}/sroi/{analysisId}/import")
    String upload(
            @PathVariable long id,
            @PathVariable long analysisId,
            @RequestParam(required = false) MultipartFile file,
            CurrentUser user,
            Model model)
            throws IOException {
        var result = new MapBindingResult(new HashMap<>(), "upload");
        var importId = new AtomicReference<String>();
        byte[] content = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        if (Forms.submit(
                result,
                () -> importId.set(
                        imports.upload(id, analysisId, name, content, user).importId()))) {
            return "redirect:" + SroiPages.base(id) + "/" + analysisId + "/import/" + importId.get();
        }
        model.addAttribute("problems", Problem.of("file", result));
        return uploadPage(id, analysisId, user, model);
    }

    @GetMapping("/partnerships/{id}/sroi/{analysisId}/import/{importId}")
    String preview(
            @PathVariable long id,
            @PathVariable long analysisId,
            @PathVariable String importId,
            CurrentUser user,
            Model model) {
        model.addAttribute("preview", imports.preview(id, analysisId, importId, user));
        return "sroi/import-preview";
    }

    @PostMapping("/partnerships/{id}/sroi/{analysisId}/import/{importId}/confirm")
    String confirm(
            @PathVariable long id,
            @PathVariable long analysisId,
            @PathVariable String importId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (SroiPages.button("confirm", () -> imports.confirm(id, analysisId, importId, user), model)) {
            redirect.addFlashAttribute("done", Message.of("sroi.preview.saved"));
            return "redirect:" + SroiPages.base(id) + "/" + analysisId;
        }
        return preview(id, analysisId, importId, user, model);
    }

    private String uploadPage(long id, long analysisId, CurrentUser user, Model model) {
        model.addAttribute("a", SroiPages.editable(scope, user, sroi.analysis(id, analysisId, user)));
        return "sroi/import";
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
