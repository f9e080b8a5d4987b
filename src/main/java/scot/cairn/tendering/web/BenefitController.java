package scot.cairn.tendering.web;

import java.util.HashMap;
import java.util.List;
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
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;
import scot.cairn.platform.web.Problem;
import scot.cairn.tendering.BenefitCategory;
import scot.cairn.tendering.BenefitDetails;
import scot.cairn.tendering.BenefitService;

/** The register of community benefit requirements: the list with a form to add one, changing and removing one. */
@Controller
class BenefitController {

    private static final String BASE = "/partnerships/{id}/tender/benefits";

    private final PartnershipService partnerships;
    private final BenefitService benefits;

    BenefitController(PartnershipService partnerships, BenefitService benefits) {
        this.partnerships = partnerships;
        this.benefits = benefits;
    }

    /** A requirement as typed; mandatory is "true" or "false" from the radios. */
    record BenefitForm(BenefitCategory category, String description, String measure, String target, Boolean mandatory) {

        BenefitDetails details() {
            return new BenefitDetails(category, description, measure, target, mandatory);
        }
    }

    @GetMapping(BASE)
    String page(@PathVariable long id, CurrentUser user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new BenefitForm(null, null, null, null, null));
        }
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("b", benefits.register(id, user));
        choices(model);
        return "tendering/benefits";
    }

    @PostMapping(BASE)
    String add(
            @PathVariable long id,
            @ModelAttribute("form") BenefitForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> benefits.add(id, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.benefit.added"));
            return "redirect:/partnerships/" + id + "/tender/benefits";
        }
        return page(id, user, model);
    }

    @GetMapping(BASE + "/{bid}")
    String edit(@PathVariable long id, @PathVariable long bid, CurrentUser user, Model model) {
        var b = benefits.benefit(id, bid, user);
        if (!model.containsAttribute("form")) {
            model.addAttribute(
                    "form", new BenefitForm(b.category(), b.description(), b.measure(), b.target(), b.mandatory()));
        }
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("x", b);
        choices(model);
        return "tendering/benefit";
    }

    @PostMapping(BASE + "/{bid}")
    String change(
            @PathVariable long id,
            @PathVariable long bid,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") BenefitForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> benefits.change(id, bid, version, form.details(), user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.benefit.changed"));
            return "redirect:/partnerships/" + id + "/tender/benefits";
        }
        return edit(id, bid, user, model);
    }

    @PostMapping(BASE + "/{bid}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long bid,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "remove");
        if (Forms.submit(result, () -> benefits.remove(id, bid, version, user))) {
            redirect.addFlashAttribute("done", Message.of("tendering.benefit.removed"));
            return "redirect:/partnerships/" + id + "/tender/benefits";
        }
        model.addAttribute("problems", Problem.of("remove-" + bid, result));
        return page(id, user, model);
    }

    private static void choices(Model model) {
        model.addAttribute("categories", Option.of(BenefitCategory.values()));
        model.addAttribute(
                "kinds",
                List.of(
                        new Option("true", Message.of("tendering.benefit.mandatoryYes")),
                        new Option("false", Message.of("tendering.benefit.mandatoryNo"))));
    }
}
