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
import scot.cairn.outcome.StakeholderDetails;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;

/** Adding and changing a partnership's stakeholder groups. The form binds to the service's own command. */
@Controller
class StakeholderController {

    private final FrameworkService frameworks;
    private final PartnershipScope scope;

    StakeholderController(FrameworkService frameworks, PartnershipScope scope) {
        this.scope = scope;
        this.frameworks = frameworks;
    }

    @GetMapping("/partnerships/{id}/outcomes/stakeholders/new")
    String addForm(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("form", new StakeholderDetails(null, null));
        return page(id, null, null, user, model);
    }

    @PostMapping("/partnerships/{id}/outcomes/stakeholders/new")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StakeholderDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> frameworks.addStakeholder(id, form, user))) {
            redirect.addFlashAttribute("done", Message.of("outcome.stakeholder.added"));
            return OutcomePages.home(id);
        }
        return page(id, null, null, user, model);
    }

    @GetMapping("/partnerships/{id}/outcomes/stakeholders/{groupId}")
    String editForm(@PathVariable long id, @PathVariable long groupId, CurrentUser user, Model model) {
        var s = frameworks.framework(id, user).stakeholders().stream()
                .filter(x -> x.id() == groupId)
                .findFirst()
                .orElseThrow(() -> new scot.cairn.platform.NotFoundException("Stakeholder group"));
        model.addAttribute("form", new StakeholderDetails(s.name(), s.description()));
        return page(id, groupId, s.version(), user, model);
    }

    @PostMapping("/partnerships/{id}/outcomes/stakeholders/{groupId}")
    String edit(
            @PathVariable long id,
            @PathVariable long groupId,
            @RequestParam(required = false) Integer version,
            @Valid @ModelAttribute("form") StakeholderDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> frameworks.updateStakeholder(id, groupId, version, form, user))) {
            redirect.addFlashAttribute("done", Message.of("outcome.stakeholder.saved"));
            return OutcomePages.home(id);
        }
        return page(id, groupId, version, user, model);
    }

    private String page(long id, Long groupId, Integer version, CurrentUser user, Model model) {
        model.addAttribute("f", OutcomePages.editable(scope, id, user, frameworks.framework(id, user)));
        model.addAttribute("itemId", groupId).addAttribute("version", version);
        return "outcome/stakeholder";
    }
}
