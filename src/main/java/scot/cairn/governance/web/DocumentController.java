package scot.cairn.governance.web;

import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentReader;
import scot.cairn.governance.DocumentService;
import scot.cairn.governance.DocumentViews.VersionView;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Problem;

/** The MoU, PID and specification pages: the list, a document and its versions, editing, signing, comparing and the PDF. */
@Controller
class DocumentController {

    private static final String BASE = "/partnerships/{id}/governance/documents";

    private final PartnershipService partnerships;
    private final DocumentReader reader;
    private final DocumentService documents;
    private final PartnershipScope scope;

    DocumentController(
            PartnershipService partnerships, DocumentReader reader, DocumentService documents, PartnershipScope scope) {
        this.scope = scope;
        this.partnerships = partnerships;
        this.reader = reader;
        this.documents = documents;
    }

    @GetMapping(BASE)
    String list(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("documents", reader.documents(id, user));
        return "governance/documents";
    }

    @GetMapping(BASE + "/{kind}")
    String document(@PathVariable long id, @PathVariable String kind, CurrentUser user, Model model) {
        return page(id, kind(kind), null, user, model);
    }

    @GetMapping(BASE + "/{kind}/versions/{number}")
    String version(
            @PathVariable long id, @PathVariable String kind, @PathVariable int number, CurrentUser user, Model model) {
        return page(id, kind(kind), number, user, model);
    }

    @PostMapping(BASE + "/{kind}/versions/{number}/sign")
    String sign(
            @PathVariable long id,
            @PathVariable String kind,
            @PathVariable int number,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var k = kind(kind);
        try {
            var v = documents.sign(id, k, number, version, user);
            redirect.addFlashAttribute("done", Message.of(k.key("signedDone"), number, v.summary()));
            return "redirect:/partnerships/" + id + "/governance/documents/" + k.slug();
        } catch (InvalidInputException | ConcurrentChangeException e) {
            boolean button = reader.document(id, k, user).viewerMaySign();
            model.addAttribute("problems", List.of(new Problem(button ? "sign" : null, GovernancePages.reason(e))));
            return page(id, k, number, user, model);
        }
    }

    @GetMapping(BASE + "/{kind}/edit")
    String editForm(@PathVariable long id, @PathVariable String kind, CurrentUser user, Model model) {
        var k = kind(kind);
        scope.requireEdit(id, user, k.editors());
        var d = reader.document(id, k, user);
        var form = new DocumentForm();
        if (d.current() != null) {
            form.setBasedOn(d.current().number());
            form.setVersion(d.current().version());
            d.current().sections().forEach(s -> form.getSections().put(s.key(), s.text()));
        }
        model.addAttribute("form", form);
        return editPage(id, k, d.current(), user, model);
    }

    @PostMapping(BASE + "/{kind}/edit")
    String edit(
            @PathVariable long id,
            @PathVariable String kind,
            @ModelAttribute("form") DocumentForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var k = kind(kind);
        var saved = new VersionView[1];
        if (Forms.submit(
                result,
                () -> saved[0] =
                        documents.save(id, k, form.getBasedOn(), form.getVersion(), form.getSections(), user))) {
            redirect.addFlashAttribute("done", Message.of(k.key("saved"), saved[0].number()));
            return "redirect:/partnerships/" + id + "/governance/documents/" + k.slug();
        }
        return editPage(id, k, reader.document(id, k, user).current(), user, model);
    }

    @GetMapping(BASE + "/{kind}/compare")
    String compare(
            @PathVariable long id,
            @PathVariable String kind,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            CurrentUser user,
            Model model) {
        var k = kind(kind);
        if (from == null || to == null) {
            throw new NotFoundException("Comparison");
        }
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("d", reader.document(id, k, user));
        try {
            model.addAttribute("diff", reader.compare(id, k, from, to, user));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", List.of(new Problem("from", GovernancePages.reason(e))));
        }
        model.addAttribute("from", from).addAttribute("to", to);
        return "governance/document-diff";
    }

    @GetMapping(BASE + "/{kind}/versions/{number}/pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long id, @PathVariable String kind, @PathVariable int number, CurrentUser user) {
        var k = kind(kind);
        byte[] pdf = reader.pdf(id, k, number, user);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(k.slug() + "-version-" + number + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    private String page(long id, DocumentKind kind, Integer number, CurrentUser user, Model model) {
        var d = reader.document(id, kind, user);
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("d", d);
        model.addAttribute("v", number == null ? d.current() : reader.version(id, kind, number, user));
        return "governance/document";
    }

    private String editPage(long id, DocumentKind kind, VersionView current, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("kind", kind);
        model.addAttribute("current", current);
        return "governance/document-edit";
    }

    static DocumentKind kind(String slug) {
        return DocumentKind.fromSlug(slug).orElseThrow(() -> new NotFoundException("Document"));
    }
}
