package scot.cairn.governance.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.governance.AssignmentView;
import scot.cairn.governance.RoleService;
import scot.cairn.governance.web.GovernanceForms.AssignmentForm;
import scot.cairn.governance.web.GovernanceForms.CapacityForm;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Role;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/** The roles page: who holds which role, assigning, changing and removing roles, the lead sponsor and capacity. */
@Controller
class RoleController {

    private final PartnershipService partnerships;
    private final RoleService roles;

    RoleController(PartnershipService partnerships, RoleService roles) {
        this.partnerships = partnerships;
        this.roles = roles;
    }

    @GetMapping("/partnerships/{id}/governance/roles")
    String list(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("form", new AssignmentForm(null, null, null));
        return page(id, user, model);
    }

    @PostMapping("/partnerships/{id}/governance/roles")
    String assign(
            @PathVariable long id,
            @ModelAttribute("form") AssignmentForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new AssignmentView[1];
        if (Forms.submit(result, () -> saved[0] = roles.assign(id, form.details(), user))) {
            return done(id, saved[0], "governance.roles.assigned", redirect);
        }
        GovernancePages.managed(partnerships.get(id, user));
        return page(id, user, model);
    }

    @GetMapping("/partnerships/{id}/governance/roles/{assignmentId}/edit")
    String editForm(@PathVariable long id, @PathVariable long assignmentId, CurrentUser user, Model model) {
        var a = roles.assignment(id, assignmentId, user);
        model.addAttribute("form", new AssignmentForm(a.role(), a.email(), a.daysPerMonth()));
        return editPage(id, a, a.version(), user, model);
    }

    @PostMapping("/partnerships/{id}/governance/roles/{assignmentId}/edit")
    String edit(
            @PathVariable long id,
            @PathVariable long assignmentId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("form") AssignmentForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var saved = new AssignmentView[1];
        if (Forms.submit(result, () -> saved[0] = roles.change(id, assignmentId, version, form.details(), user))) {
            return done(id, saved[0], "governance.roles.saved", redirect);
        }
        return editPage(id, roles.assignment(id, assignmentId, user), version, user, model);
    }

    @PostMapping("/partnerships/{id}/governance/roles/{assignmentId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long assignmentId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return row(
                id,
                "remove-" + assignmentId,
                () -> roles.remove(id, assignmentId, user),
                Message.of("governance.roles.removed"),
                user,
                model,
                redirect);
    }

    @PostMapping("/partnerships/{id}/governance/roles/{assignmentId}/lead")
    String lead(
            @PathVariable long id,
            @PathVariable long assignmentId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return row(
                id,
                "lead-" + assignmentId,
                () -> roles.makeLead(id, assignmentId, user),
                Message.of("governance.roles.leadChanged"),
                user,
                model,
                redirect);
    }

    @GetMapping("/partnerships/{id}/governance/capacity")
    String capacityForm(
            @PathVariable long id, @RequestParam(required = false) String email, CurrentUser user, Model model) {
        model.addAttribute("p", GovernancePages.managed(partnerships.get(id, user)));
        model.addAttribute("form", new CapacityForm(email, null));
        return "governance/capacity";
    }

    @PostMapping("/partnerships/{id}/governance/capacity")
    String capacity(
            @PathVariable long id,
            @ModelAttribute("form") CapacityForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> roles.setCapacity(id, form.email(), form.capacity(), user))) {
            redirect.addFlashAttribute("done", Message.of("governance.capacity.saved"));
            return "redirect:/partnerships/" + id + "/governance/roles";
        }
        model.addAttribute("p", GovernancePages.managed(partnerships.get(id, user)));
        return "governance/capacity";
    }

    private String row(
            long id,
            String control,
            Runnable change,
            Message message,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (GovernancePages.row(control, change, model)) {
            redirect.addFlashAttribute("done", message);
            return "redirect:/partnerships/" + id + "/governance/roles";
        }
        model.addAttribute("form", new AssignmentForm(null, null, null));
        return page(id, user, model);
    }

    private static String done(long id, AssignmentView a, String key, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                "done", Message.of(key, a.personName(), Message.of(a.role().labelKey())));
        if (a.fullyCommitted()) {
            redirect.addFlashAttribute(
                    "warning", Message.of("governance.roles.nowFull", a.personName(), a.committedPercent()));
        }
        return "redirect:/partnerships/" + id + "/governance/roles";
    }

    private String editPage(long id, AssignmentView a, Integer version, CurrentUser user, Model model) {
        model.addAttribute("p", GovernancePages.managed(partnerships.get(id, user)));
        model.addAttribute("a", a).addAttribute("version", version).addAttribute("roles", roleOptions());
        return "governance/role-edit";
    }

    private String page(long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("assignments", roles.assignments(id, user));
        model.addAttribute(
                "checks", roles.checks(id, user).stream().filter(c -> !c.met()).toList());
        model.addAttribute("roles", roleOptions());
        return "governance/roles";
    }

    private static java.util.List<Option> roleOptions() {
        return Option.of(Role.values());
    }
}
