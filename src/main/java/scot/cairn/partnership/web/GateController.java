package scot.cairn.partnership.web;

import java.util.HashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.GateService;
import scot.cairn.partnership.GateView;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;

/**
 * The gate out of the current stage: what it needs, who has approved, and the approve and advance buttons. A refused
 * approval or advance is shown on the gate page in the error summary.
 */
@Controller
class GateController {

    private final GateService gates;

    GateController(GateService gates) {
        this.gates = gates;
    }

    @GetMapping("/partnerships/{id}/gate")
    String show(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("gate", gates.gate(id, user));
        return "partnership/gate";
    }

    @PostMapping("/partnerships/{id}/gate/approve")
    String approve(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "gate");
        if (Forms.submit(result, () -> gates.approve(id, user))) {
            redirect.addFlashAttribute("done", Message.of("partnership.gate.approved"));
            return "redirect:/partnerships/" + id + "/gate";
        }
        model.addAttribute("problems", PartnershipPages.problems(result, "approve"));
        return show(id, user, model);
    }

    @PostMapping("/partnerships/{id}/gate/advance")
    String advance(@PathVariable long id, CurrentUser user, Model model, RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "gate");
        var after = new AtomicReference<GateView>();
        if (Forms.submit(result, () -> after.set(gates.advance(id, user)))) {
            redirect.addFlashAttribute(
                    "done",
                    Message.of(
                            "partnership.gate.advanced",
                            Message.of(after.get().from().labelKey())));
            return "redirect:/partnerships/" + id;
        }
        model.addAttribute("problems", PartnershipPages.problems(result, "advance"));
        return show(id, user, model);
    }
}
