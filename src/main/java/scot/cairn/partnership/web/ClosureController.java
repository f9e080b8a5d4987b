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
import scot.cairn.partnership.ClosureRoute;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/** Closing a partnership by a recorded route, at any stage. Managers only. */
@Controller
class ClosureController {

    private final PartnershipService partnerships;

    ClosureController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping("/partnerships/{id}/close")
    String form(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("form", new ClosureForm(null, null));
        return page(PartnershipPages.managed(partnerships.get(id, user)), model);
    }

    @PostMapping("/partnerships/{id}/close")
    String close(
            @PathVariable long id,
            @ModelAttribute("form") ClosureForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> partnerships.close(id, form.route(), form.reason(), user))) {
            redirect.addFlashAttribute(
                    "done",
                    Message.of("partnership.close.done", Message.of(form.route().labelKey())));
            return "redirect:/partnerships/" + id;
        }
        return page(PartnershipPages.managed(partnerships.get(id, user)), model);
    }

    private static String page(PartnershipView p, Model model) {
        model.addAttribute("p", p).addAttribute("routes", Option.of(ClosureRoute.values()));
        return "partnership/close";
    }
}
