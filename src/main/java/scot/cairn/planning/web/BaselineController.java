package scot.cairn.planning.web;

import java.util.HashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.planning.BaselineService;
import scot.cairn.planning.BaselineView;
import scot.cairn.planning.PlanService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Problem;

/** The plan's baselines, and the button that asks the board to approve the plan as it stands. */
@Controller
class BaselineController {

    private final PartnershipService partnerships;
    private final PlanService plans;
    private final BaselineService baselines;

    BaselineController(PartnershipService partnerships, PlanService plans, BaselineService baselines) {
        this.partnerships = partnerships;
        this.plans = plans;
        this.baselines = baselines;
    }

    @GetMapping("/partnerships/{id}/plan/baselines")
    String baselines(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("baselines", baselines.baselines(id, user));
        model.addAttribute("mayEdit", plans.mayEdit(id, user));
        return "planning/baselines";
    }

    @GetMapping("/partnerships/{id}/plan/baselines/{baselineId}")
    String baseline(@PathVariable long id, @PathVariable long baselineId, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("b", baselines.baseline(id, baselineId, user));
        return "planning/baseline";
    }

    @PostMapping("/partnerships/{id}/plan/baselines")
    String propose(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        var saved = new BaselineView[1];
        var result = new MapBindingResult(new HashMap<>(), "baseline");
        if (Forms.submit(result, () -> saved[0] = baselines.propose(id, user))) {
            redirect.addFlashAttribute(
                    "done",
                    Message.of("planning.baseline.proposed", saved[0].reference(), saved[0].decisionReference()));
            return "redirect:/partnerships/" + id + "/plan/baselines";
        }
        model.addAttribute("problems", Problem.of("propose", result));
        return baselines(id, user, model);
    }

    @PostMapping("/partnerships/{id}/plan/baselines/{baselineId}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long baselineId,
            @org.springframework.web.bind.annotation.RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new BaselineView[1];
        var result = new MapBindingResult(new HashMap<>(), "baseline");
        if (Forms.submit(result, () -> saved[0] = baselines.withdraw(id, baselineId, version, user))) {
            redirect.addFlashAttribute("done", Message.of("planning.baseline.withdrawn", saved[0].reference()));
            return "redirect:/partnerships/" + id + "/plan/baselines";
        }
        model.addAttribute("problems", Problem.of("withdraw-" + baselineId, result));
        return baselines(id, user, model);
    }
}
