package scot.cairn.planning.web;

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
import scot.cairn.partnership.PartnershipService;
import scot.cairn.planning.PlanService;
import scot.cairn.planning.WorkPackageDetails;
import scot.cairn.planning.WorkPackageService;
import scot.cairn.planning.WorkPackageView;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/** The forms to add and change the plan's work packages, which the plan page lists. */
@Controller
class WorkPackageController {

    private final PartnershipService partnerships;
    private final PlanService plans;
    private final WorkPackageService packages;

    WorkPackageController(PartnershipService partnerships, PlanService plans, WorkPackageService packages) {
        this.partnerships = partnerships;
        this.plans = plans;
        this.packages = packages;
    }

    @GetMapping("/partnerships/{id}/plan/packages/new")
    String newPackage(@PathVariable long id, CurrentUser user, Model model) {
        plans.checkMayEdit(id, user);
        model.addAttribute("form", new WorkPackageDetails(null, null, null));
        return form(id, null, null, user, model);
    }

    @PostMapping("/partnerships/{id}/plan/packages")
    String add(
            @PathVariable long id,
            @ModelAttribute("form") WorkPackageDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new WorkPackageView[1];
        if (Forms.submit(result, () -> saved[0] = packages.add(id, form, user))) {
            redirect.addFlashAttribute("done", Message.of("planning.package.added", saved[0].reference()));
            return "redirect:/partnerships/" + id + "/plan#packages";
        }
        plans.checkMayEdit(id, user);
        return form(id, null, null, user, model);
    }

    @GetMapping("/partnerships/{id}/plan/packages/{packageId}/edit")
    String edit(@PathVariable long id, @PathVariable long packageId, CurrentUser user, Model model) {
        plans.checkMayEdit(id, user);
        var wp = packages.workPackage(id, packageId, user);
        model.addAttribute("form", new WorkPackageDetails(wp.title(), wp.workstream(), wp.leadId()));
        return form(id, wp, wp.version(), user, model);
    }

    @PostMapping("/partnerships/{id}/plan/packages/{packageId}/edit")
    String change(
            @PathVariable long id,
            @PathVariable long packageId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") WorkPackageDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new WorkPackageView[1];
        if (Forms.submit(result, () -> saved[0] = packages.change(id, packageId, version, form, user))) {
            redirect.addFlashAttribute("done", Message.of("planning.package.saved", saved[0].reference()));
            return "redirect:/partnerships/" + id + "/plan#packages";
        }
        plans.checkMayEdit(id, user);
        return form(id, packages.workPackage(id, packageId, user), version, user, model);
    }

    private String form(long id, WorkPackageView wp, Integer version, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("wp", wp).addAttribute("version", version);
        model.addAttribute(
                "owners",
                plans.owners(id, user).stream()
                        .map(o -> new Option(Long.toString(o.personId()), o.fullName()))
                        .toList());
        model.addAttribute(
                "workstreams",
                plans.workstreams(id, user).stream().map(w -> new Option(w, w)).toList());
        return "planning/package-edit";
    }
}
