package scot.cairn.outcome.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicReference;
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
import scot.cairn.outcome.FrameworkService;
import scot.cairn.outcome.ImportService;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Problem;
import scot.cairn.platform.web.Uploads;

/** Uploading a file of measurements, its preview with every row's errors, and confirming it. */
@Controller
class ImportController {

    private final ImportService imports;
    private final FrameworkService frameworks;
    private final PartnershipScope scope;

    ImportController(ImportService imports, FrameworkService frameworks, PartnershipScope scope) {
        this.scope = scope;
        this.imports = imports;
        this.frameworks = frameworks;
    }

    @GetMapping("/partnerships/{id}/outcomes/import")
    String uploadForm(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute(
                "problems",
                Uploads.refusal(model).map(refused -> Problem.words("file", refused)).stream()
                        .toList());
        return uploadPage(id, user, model);
    }

    @PostMapping("/partnerships/{id}/outcomes/import")
    String upload(
            @PathVariable long id, @RequestParam(required = false) MultipartFile file, CurrentUser user, Model model)
            throws IOException {
        var result = new MapBindingResult(new HashMap<>(), "upload");
        var preview = new AtomicReference<String>();
        byte[] content = file == null ? null : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        if (Forms.submit(
                result,
                () -> preview.set(imports.upload(id, name, content, user).importId()))) {
            return "redirect:/partnerships/" + id + "/outcomes/import/" + preview.get();
        }
        model.addAttribute("problems", Problem.of("file", result));
        return uploadPage(id, user, model);
    }

    @GetMapping("/partnerships/{id}/outcomes/import/{importId}")
    String preview(@PathVariable long id, @PathVariable String importId, CurrentUser user, Model model) {
        model.addAttribute("preview", imports.preview(id, importId, user));
        return "outcome/preview";
    }

    @PostMapping("/partnerships/{id}/outcomes/import/{importId}/confirm")
    String confirm(
            @PathVariable long id,
            @PathVariable String importId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "confirm");
        var saved = new int[1];
        if (Forms.submit(result, () -> saved[0] = imports.confirm(id, importId, user))) {
            redirect.addFlashAttribute("done", Message.of("outcome.import.done", saved[0]));
            return "redirect:/partnerships/" + id + "/outcomes";
        }
        return preview(id, importId, user, model);
    }

    private String uploadPage(long id, CurrentUser user, Model model) {
        model.addAttribute("f", OutcomePages.editable(scope, id, user, frameworks.framework(id, user)));
        return "outcome/import";
    }
}
