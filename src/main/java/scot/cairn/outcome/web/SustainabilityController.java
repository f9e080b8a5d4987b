package scot.cairn.outcome.web;

import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.RagRule;
import scot.cairn.outcome.SustainabilityService;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Message;
import scot.cairn.platform.pdf.PdfRenderer;
import scot.cairn.platform.web.Forms;

/** The sustainability evidence page, its form, and its printable PDF summary for funders. */
@Controller
class SustainabilityController {

    private final SustainabilityService evidence;
    private final PdfRenderer pdf;
    private final PartnershipScope scope;
    private final MessageSource messages;

    SustainabilityController(
            SustainabilityService evidence, PdfRenderer pdf, PartnershipScope scope, MessageSource messages) {
        this.scope = scope;
        this.evidence = evidence;
        this.pdf = pdf;
        this.messages = messages;
    }

    @GetMapping("/partnerships/{id}/outcomes/sustainability")
    String page(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("s", evidence.view(id, user)).addAttribute("tolerance", RagRule.TOLERANCE_TEXT);
        return "outcome/sustainability";
    }

    @GetMapping("/partnerships/{id}/outcomes/sustainability/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        var s = editable(id, user);
        model.addAttribute("form", SustainabilityForm.of(s.version(), s.details()));
        return form(s, model);
    }

    @PostMapping("/partnerships/{id}/outcomes/sustainability/edit")
    String edit(
            @PathVariable long id,
            @ModelAttribute("form") SustainabilityForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> evidence.save(id, form.version(), form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("outcome.sustainability.saved"));
            return "redirect:/partnerships/" + id + "/outcomes/sustainability";
        }
        return form(editable(id, user), model);
    }

    @GetMapping("/partnerships/{id}/outcomes/sustainability.pdf")
    ResponseEntity<byte[]> download(@PathVariable long id, CurrentUser user) {
        var s = evidence.view(id, user);
        byte[] bytes = pdf.render("pdf/sustainability", Map.of("s", s, "tolerance", RagRule.TOLERANCE_TEXT));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(messages.getMessage(
                                        Message.of("outcome.pdf.fileName", String.valueOf(id)),
                                        LocaleContextHolder.getLocale()))
                                .build()
                                .toString())
                .body(bytes);
    }

    private scot.cairn.outcome.SustainabilityView editable(long id, CurrentUser user) {
        return OutcomePages.editable(scope, id, user, evidence.view(id, user));
    }

    private static String form(scot.cairn.outcome.SustainabilityView s, Model model) {
        model.addAttribute("s", s);
        return "outcome/sustainability-edit";
    }
}
