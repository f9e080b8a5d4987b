package scot.cairn.planning.web;

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
import scot.cairn.partnership.PartnershipService;
import scot.cairn.planning.PlanService;
import scot.cairn.planning.TaskImportService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Problem;
import scot.cairn.platform.web.Uploads;

/** Uploading a file of tasks, its preview with every row's errors, and confirming it. */
@Controller
class TaskImportController {

    private final TaskImportService imports;
    private final PlanService plans;
    private final PartnershipService partnerships;

    TaskImportController(TaskImportService imports, PlanService plans, PartnershipService partnerships) {
        this.imports = imports;
        this.plans = plans;
        this.partnerships = partnerships;
    }

    @GetMapping("/partnerships/{id}/plan/import")
    String uploadForm(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute(
                "problems",
                Uploads.refusal(model).map(refused -> Problem.words("file", refused)).stream()
                        .toList());
        return uploadPage(id, user, model);
    }

    @PostMapping("/partnerships/{id}/plan/import")
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
            return "redirect:/partnerships/" + id + "/plan/import/" + preview.get();
        }
        model.addAttribute("problems", Problem.of("file", result));
        return uploadPage(id, user, model);
    }

    @GetMapping("/partnerships/{id}/plan/import/{importId}")
    String preview(@PathVariable long id, @PathVariable String importId, CurrentUser user, Model model) {
        model.addAttribute("preview", imports.preview(id, importId, user));
        return "planning/import-preview";
    }

    @PostMapping("/partnerships/{id}/plan/import/{importId}/confirm")
    String confirm(
            @PathVariable long id,
            @PathVariable String importId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "confirm");
        var saved = new int[1];
        if (Forms.submit(result, () -> saved[0] = imports.confirm(id, importId, user))) {
            redirect.addFlashAttribute("done", Message.of("planning.import.done", saved[0]));
            return "redirect:/partnerships/" + id + "/plan";
        }
        model.addAttribute("problems", Problem.of(null, result));
        return preview(id, importId, user, model);
    }

    private String uploadPage(long id, CurrentUser user, Model model) {
        plans.checkMayEdit(id, user);
        model.addAttribute("p", partnerships.get(id, user));
        return "planning/import";
    }
}
