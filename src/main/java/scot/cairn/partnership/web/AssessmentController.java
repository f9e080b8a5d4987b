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
import scot.cairn.partnership.AssessmentQuestion;
import scot.cairn.partnership.AssessmentView;
import scot.cairn.partnership.Decision;
import scot.cairn.partnership.GateService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Rating;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/**
 * The appropriateness assessment. Managers edit it while the partnership explores; everyone else, and everyone once
 * it has left Explore, reads it.
 */
@Controller
class AssessmentController {

    private final GateService gates;
    private final PartnershipService partnerships;

    AssessmentController(GateService gates, PartnershipService partnerships) {
        this.gates = gates;
        this.partnerships = partnerships;
    }

    @GetMapping("/partnerships/{id}/assessment")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        var view = gates.assessment(id, user);
        model.addAttribute("form", AssessmentForm.of(view));
        return page(view, model);
    }

    @PostMapping("/partnerships/{id}/assessment")
    String save(
            @PathVariable long id,
            @ModelAttribute("form") AssessmentForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> gates.assess(id, form.version(), form.decided(), user))) {
            redirect.addFlashAttribute("done", Message.of("partnership.assessment.saved"));
            return "redirect:/partnerships/" + id + "/assessment";
        }
        PartnershipPages.managed(partnerships.get(id, user));
        return page(gates.assessment(id, user), model);
    }

    private static String page(AssessmentView view, Model model) {
        model.addAttribute("assessment", view);
        model.addAttribute("questions", AssessmentQuestion.values());
        model.addAttribute(
                "ratings", Option.of(new Rating[] {Rating.STRONG, Rating.ADEQUATE, Rating.WEAK, Rating.NOT_RATED}));
        model.addAttribute("decisions", Option.of(Decision.values()));
        return "partnership/assessment";
    }
}
