package scot.cairn.consultation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.consultation.ExpenseDetails;
import scot.cairn.consultation.ExpenseKind;
import scot.cairn.consultation.ExpenseService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.platform.web.Problem;

/** Participants' expenses: the budget, recording claims, and a manager approving or refusing them. */
@Controller
class ExpenseController {

    private static final String BASE = ConsultationController.BASE + "/{cid}/expenses";

    private final PartnershipService partnerships;
    private final ExpenseService expenses;

    ExpenseController(PartnershipService partnerships, ExpenseService expenses) {
        this.partnerships = partnerships;
        this.expenses = expenses;
    }

    /** A claim as typed. */
    record ClaimForm(String claimant, ExpenseKind kind, BigDecimal amount, LocalDate incurredOn, String note) {

        ExpenseDetails details() {
            return new ExpenseDetails(claimant, kind, amount, incurredOn, note);
        }
    }

    /** The budget as typed. */
    record BudgetForm(BigDecimal budget) {}

    @GetMapping(BASE)
    String page(@PathVariable long id, @PathVariable long cid, CurrentUser user, Model model) {
        var e = expenses.expenses(id, cid, user);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ClaimForm(null, null, null, null, null));
        }
        if (!model.containsAttribute("budgetForm")) {
            model.addAttribute("budgetForm", new BudgetForm(e.budget()));
        }
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("e", e);
        model.addAttribute("kinds", Option.of(ExpenseKind.values()));
        return "consultation/expenses";
    }

    @PostMapping(BASE)
    String record(
            @PathVariable long id,
            @PathVariable long cid,
            @ModelAttribute("form") ClaimForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> expenses.record(id, cid, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("consultation.expense.recorded"));
            return "redirect:/partnerships/" + id + "/consultations/" + cid + "/expenses";
        }
        return page(id, cid, user, model);
    }

    @PostMapping(BASE + "/budget")
    String budget(
            @PathVariable long id,
            @PathVariable long cid,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("budgetForm") BudgetForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> expenses.budget(id, cid, version, form.budget(), user))) {
            redirect.addFlashAttribute("done", Message.of("consultation.expenses.budgetSaved"));
            return "redirect:/partnerships/" + id + "/consultations/" + cid + "/expenses";
        }
        return page(id, cid, user, model);
    }

    @PostMapping(BASE + "/{eid}/decide")
    String decide(
            @PathVariable long id,
            @PathVariable long cid,
            @PathVariable long eid,
            @RequestParam(required = false) Integer version,
            @RequestParam(defaultValue = "false") boolean approve,
            @RequestParam(required = false) String reason,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "decision");
        if (Forms.submit(result, () -> expenses.decide(id, cid, eid, version, approve, reason, user))) {
            redirect.addFlashAttribute(
                    "done", Message.of(approve ? "consultation.expense.approved" : "consultation.expense.refused"));
            return "redirect:/partnerships/" + id + "/consultations/" + cid + "/expenses";
        }
        model.addAttribute("problems", Problem.of((approve ? "approve-" : "reason-") + eid, result));
        return page(id, cid, user, model);
    }
}
