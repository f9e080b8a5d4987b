package scot.cairn.partnership.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;

/** Planned and actual dates of each stage. Managers only. */
@Controller
class StagesController {

    private final PartnershipService partnerships;

    StagesController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping("/partnerships/{id}/stages")
    String form(@PathVariable long id, CurrentUser user, Model model) {
        var p = PartnershipPages.managed(partnerships.get(id, user));
        model.addAttribute("form", StagesForm.of(p));
        return page(p, model);
    }

    @PostMapping("/partnerships/{id}/stages")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") StagesForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> partnerships.planStages(id, form.getVersion(), form.dates(), user))) {
            redirect.addFlashAttribute("done", Message.of("partnership.stages.saved"));
            return "redirect:/partnerships/" + id;
        }
        return page(PartnershipPages.managed(partnerships.get(id, user)), model);
    }

    private static String page(PartnershipView p, Model model) {
        model.addAttribute("p", p).addAttribute("lifecycle", Stage.LIFECYCLE);
        return "partnership/stages";
    }
}
