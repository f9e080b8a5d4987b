package scot.cairn.sroi.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.sroi.SroiAnalysisView;
import scot.cairn.sroi.SroiService;
import scot.cairn.sroi.web.SroiForms.AnalysisForm;
import scot.cairn.sroi.web.SroiForms.VariationForm;

/** The list of a partnership's SROI analyses, a new analysis, an analysis with its results, settings and approval. */
@Controller
class SroiController {

    private final PartnershipService partnerships;
    private final SroiService sroi;
    private final PartnershipScope scope;

    SroiController(PartnershipService partnerships, SroiService sroi, PartnershipScope scope) {
        this.scope = scope;
        this.partnerships = partnerships;
        this.sroi = sroi;
    }

    @GetMapping("/partnerships/{id}/sroi")
    String list(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("analyses", sroi.analyses(id, user));
        model.addAttribute("mayEdit", sroi.mayEdit(id, user));
        return "sroi/list";
    }

    @GetMapping("/partnerships/{id}/sroi/new")
    String newForm(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("form", new AnalysisForm(null, null, null, null, null, null, null, null));
        return newPage(id, user, model);
    }

    @PostMapping("/partnerships/{id}/sroi/new")
    String create(
            @PathVariable long id,
            @ModelAttribute("form") AnalysisForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var made = new SroiAnalysisView[1];
        if (SroiPages.submit(result, () -> made[0] = sroi.create(id, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("sroi.new.started"));
            return "redirect:" + SroiPages.base(id) + "/" + made[0].id();
        }
        return newPage(id, user, model);
    }

    @GetMapping("/partnerships/{id}/sroi/{analysisId}")
    String analysis(
            @PathVariable long id,
            @PathVariable long analysisId,
            @ModelAttribute("sensitivity") VariationForm form,
            BindingResult result,
            CurrentUser user,
            Model model) {
        BigDecimal variation = form.variation();
        if (result.hasErrors()) {
            variation = null;
        } else if (variation != null && (variation.signum() < 0 || variation.compareTo(BigDecimal.valueOf(100)) > 0)) {
            result.rejectValue("variation", "sroi.analysis.variationRange");
            variation = null;
        }
        return page(id, analysisId, variation, user, model);
    }

    @GetMapping("/partnerships/{id}/sroi/{analysisId}/settings")
    String settingsForm(@PathVariable long id, @PathVariable long analysisId, CurrentUser user, Model model) {
        var a = SroiPages.editable(scope, user, sroi.analysis(id, analysisId, user));
        model.addAttribute("form", AnalysisForm.of(a));
        return settingsPage(a, a.version(), model);
    }

    @PostMapping("/partnerships/{id}/sroi/{analysisId}/settings")
    String settings(
            @PathVariable long id,
            @PathVariable long analysisId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") AnalysisForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (SroiPages.submit(result, () -> sroi.update(id, analysisId, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("sroi.settings.saved"));
            return "redirect:" + SroiPages.base(id) + "/" + analysisId;
        }
        return settingsPage(SroiPages.editable(scope, user, sroi.analysis(id, analysisId, user)), version, model);
    }

    @PostMapping("/partnerships/{id}/sroi/{analysisId}/recalculate")
    String recalculate(
            @PathVariable long id,
            @PathVariable long analysisId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return button(
                id,
                analysisId,
                "recalculate",
                () -> sroi.recalculate(id, analysisId, user),
                Message.of("sroi.analysis.recalculated"),
                user,
                model,
                redirect);
    }

    @PostMapping("/partnerships/{id}/sroi/{analysisId}/approve")
    String approve(
            @PathVariable long id,
            @PathVariable long analysisId,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return button(
                id,
                analysisId,
                "approve",
                () -> sroi.approve(id, analysisId, version, user),
                Message.of("sroi.analysis.approved"),
                user,
                model,
                redirect);
    }

    @PostMapping("/partnerships/{id}/sroi/{analysisId}/copy")
    String copy(
            @PathVariable long id,
            @PathVariable long analysisId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var copy = new SroiAnalysisView[1];
        if (SroiPages.button("copy", () -> copy[0] = sroi.copy(id, analysisId, user), model)) {
            redirect.addFlashAttribute("done", Message.of("sroi.analysis.copied"));
            return "redirect:" + SroiPages.base(id) + "/" + copy[0].id();
        }
        return page(id, analysisId, null, user, model);
    }

    private String button(
            long id,
            long analysisId,
            String control,
            Runnable action,
            Message message,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (SroiPages.button(control, action, model)) {
            redirect.addFlashAttribute("done", message);
            return "redirect:" + SroiPages.base(id) + "/" + analysisId;
        }
        return page(id, analysisId, null, user, model);
    }

    private String page(long id, long analysisId, BigDecimal variation, CurrentUser user, Model model) {
        var c = sroi.calculation(id, analysisId, variation, user);
        model.addAttribute("c", c).addAttribute("a", c.analysis()).addAttribute("r", c.result());
        model.addAttribute("mayEdit", sroi.mayEdit(id, user));
        if (!model.containsAttribute("sensitivity")) {
            model.addAttribute("sensitivity", new VariationForm(c.variation()));
        }
        return "sroi/analysis";
    }

    private String newPage(long id, CurrentUser user, Model model) {
        model.addAttribute("p", scope.requireEdit(id, user, Editors.EVIDENCE).partnership());
        SroiPages.options(model);
        return "sroi/new";
    }

    private String settingsPage(SroiAnalysisView a, Integer version, Model model) {
        model.addAttribute("a", a).addAttribute("version", version);
        SroiPages.options(model);
        return "sroi/settings";
    }
}
