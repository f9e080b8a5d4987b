package scot.cairn.outcome.web;

import jakarta.validation.Valid;
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
import scot.cairn.outcome.FrameworkService;
import scot.cairn.outcome.OutcomeDetails;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.web.Forms;

/** Adding and changing the outcomes each stakeholder group experiences. */
@Controller
class OutcomeController {

    private final FrameworkService frameworks;
    private final PartnershipScope scope;

    OutcomeController(FrameworkService frameworks, PartnershipScope scope) {
        this.scope = scope;
        this.frameworks = frameworks;
    }

    @GetMapping("/partnerships/{id}/outcomes/new")
    String addForm(
            @PathVariable long id, @RequestParam(required = false) Long stakeholder, CurrentUser user, Model model) {
        model.addAttribute("form", new OutcomeDetails(stakeholder, null, null));
        return page(id, null, null, user, model);
    }

    @PostMapping("/partnerships/{id}/outcomes/new")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("form") OutcomeDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> frameworks.addOutcome(id, form, user))) {
            redirect.addFlashAttribute("done", Message.of("outcome.outcome.added"));
            return OutcomePages.home(id);
        }
        return page(id, null, null, user, model);
    }

    @GetMapping("/partnerships/{id}/outcomes/{outcomeId:\\d+}")
    String editForm(@PathVariable long id, @PathVariable long outcomeId, CurrentUser user, Model model) {
        var o = frameworks.framework(id, user).outcomes().stream()
                .filter(x -> x.id() == outcomeId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Outcome"));
        model.addAttribute("form", new OutcomeDetails(o.stakeholderGroupId(), o.name(), o.description()));
        return page(id, outcomeId, o.version(), user, model);
    }

    @PostMapping("/partnerships/{id}/outcomes/{outcomeId:\\d+}")
    String edit(
            @PathVariable long id,
            @PathVariable long outcomeId,
            @RequestParam(required = false) Integer version,
            @Valid @ModelAttribute("form") OutcomeDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> frameworks.updateOutcome(id, outcomeId, version, form, user))) {
            redirect.addFlashAttribute("done", Message.of("outcome.outcome.saved"));
            return OutcomePages.home(id);
        }
        return page(id, outcomeId, version, user, model);
    }

    private String page(long id, Long outcomeId, Integer version, CurrentUser user, Model model) {
        var f = OutcomePages.editable(scope, id, user, frameworks.framework(id, user));
        model.addAttribute("f", f).addAttribute("stakeholders", OutcomePages.stakeholderOptions(f));
        model.addAttribute("itemId", outcomeId).addAttribute("version", version);
        return "outcome/outcome";
    }
}
