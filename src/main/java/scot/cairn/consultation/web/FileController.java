package scot.cairn.consultation.web;

import java.io.IOException;
import java.util.HashMap;
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
import scot.cairn.consultation.ConsultationFiles;
import scot.cairn.consultation.ResponseService;
import scot.cairn.consultation.VersionKind;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Problem;

/** A consultation's other versions as files: adding, removing and downloading them, also through its link. */
@Controller
class FileController {

    private static final String BASE = "/partnerships/{id}/consultations/{cid}/files";

    private final ConsultationFiles files;
    private final ResponseService responses;
    private final ConsultationController consultations;

    FileController(ConsultationFiles files, ResponseService responses, ConsultationController consultations) {
        this.files = files;
        this.responses = responses;
        this.consultations = consultations;
    }

    @PostMapping(BASE)
    String add(
            @PathVariable long id,
            @PathVariable long cid,
            @RequestParam(required = false) VersionKind kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) MultipartFile file,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        var result = new MapBindingResult(new HashMap<>(), "file");
        String name = file == null ? null : file.getOriginalFilename();
        byte[] content = file == null ? null : file.getBytes();
        if (Forms.submit(result, () -> files.add(id, cid, kind, title, name, content, user))) {
            redirect.addFlashAttribute("done", Message.of("consultation.file.added", name));
            return "redirect:/partnerships/" + id + "/consultations/" + cid + "#files";
        }
        model.addAttribute("problems", Problem.of("file", result));
        return consultations.show(id, cid, user, model);
    }

    @PostMapping(BASE + "/{fileId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long fileId,
            CurrentUser user,
            RedirectAttributes redirect) {
        files.remove(id, cid, fileId, user);
        redirect.addFlashAttribute("done", Message.of("consultation.file.removed"));
        return "redirect:/partnerships/" + id + "/consultations/" + cid + "#files";
    }

    @GetMapping(BASE + "/{fileId}")
    ResponseEntity<byte[]> download(
            @PathVariable long id, @PathVariable long cid, @PathVariable long fileId, CurrentUser user) {
        return files.download(id, cid, fileId, user).response();
    }

    @GetMapping("/public/consultations/{token}/files/{fileId}")
    ResponseEntity<byte[]> publicDownload(@PathVariable String token, @PathVariable long fileId) {
        return responses.publicFile(token, fileId).response();
    }
}
