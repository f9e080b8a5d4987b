package scot.cairn.governance.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.directory.OrganisationService;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.web.GovernanceForms.MemberForm;
import scot.cairn.governance.web.GovernanceForms.ProviderForm;
import scot.cairn.governance.web.GovernanceForms.WorkstreamForm;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Standing;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/** One group: what it is for, its members, and the project team's workstreams or the forum's providers. */
@Controller
class GroupController {

    private final PartnershipService partnerships;
    private final GroupService groups;
    private final OrganisationService organisations;

    GroupController(PartnershipService partnerships, GroupService groups, OrganisationService organisations) {
        this.partnerships = partnerships;
        this.groups = groups;
        this.organisations = organisations;
    }

    @GetMapping("/partnerships/{id}/governance/groups/{groupId}")
    String show(@PathVariable long id, @PathVariable long groupId, CurrentUser user, Model model) {
        return page(id, groupId, user, model);
    }

    @PostMapping("/partnerships/{id}/governance/groups/{groupId}/members")
    String addMember(
            @PathVariable long id,
            @PathVariable long groupId,
            @Valid @ModelAttribute("memberForm") MemberForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (form.personId() == null && (form.email() == null || form.email().isBlank())) {
            result.rejectValue("email", "governance.group.emailMissing");
        }
        if (Forms.submit(result, () -> groups.addMember(id, groupId, form.details(), user))) {
            return done(
                    id,
                    groupId,
                    Message.of(
                            "governance.group.memberAdded",
                            form.personId() == null ? form.email().strip() : name(id, form.personId(), user)),
                    redirect);
        }
        return managedPage(id, groupId, user, model);
    }

    @PostMapping("/partnerships/{id}/governance/groups/{groupId}/members/{personId}/remove")
    String removeMember(
            @PathVariable long id,
            @PathVariable long groupId,
            @PathVariable long personId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (GovernancePages.row("remove-" + personId, () -> groups.removeMember(id, groupId, personId, user), model)) {
            return done(id, groupId, Message.of("governance.group.memberRemoved"), redirect);
        }
        return managedPage(id, groupId, user, model);
    }

    @PostMapping("/partnerships/{id}/governance/groups/{groupId}/workstreams")
    String addWorkstream(
            @PathVariable long id,
            @PathVariable long groupId,
            @Valid @ModelAttribute("workstreamForm") WorkstreamForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> groups.addWorkstream(id, groupId, form.name(), form.leadPersonId(), user))) {
            return done(
                    id,
                    groupId,
                    Message.of("governance.group.workstreamAdded", form.name().strip()),
                    redirect);
        }
        return managedPage(id, groupId, user, model);
    }

    @PostMapping("/partnerships/{id}/governance/groups/{groupId}/workstreams/remove")
    String removeWorkstream(
            @PathVariable long id,
            @PathVariable long groupId,
            @RequestParam String name,
            @RequestParam(defaultValue = "") String control,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (GovernancePages.row(control, () -> groups.removeWorkstream(id, groupId, name, user), model)) {
            return done(id, groupId, Message.of("governance.group.workstreamRemoved", name), redirect);
        }
        return managedPage(id, groupId, user, model);
    }

    @PostMapping("/partnerships/{id}/governance/groups/{groupId}/providers")
    String addProvider(
            @PathVariable long id,
            @PathVariable long groupId,
            @Valid @ModelAttribute("providerForm") ProviderForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> groups.addProvider(id, groupId, form.organisationId(), user))) {
            return done(id, groupId, Message.of("governance.group.providerAdded"), redirect);
        }
        return managedPage(id, groupId, user, model);
    }

    @PostMapping("/partnerships/{id}/governance/groups/{groupId}/providers/{organisationId}/remove")
    String removeProvider(
            @PathVariable long id,
            @PathVariable long groupId,
            @PathVariable long organisationId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (GovernancePages.row(
                "provider-" + organisationId, () -> groups.removeProvider(id, groupId, organisationId, user), model)) {
            return done(id, groupId, Message.of("governance.group.providerRemoved"), redirect);
        }
        return managedPage(id, groupId, user, model);
    }

    private String name(long id, long personId, CurrentUser user) {
        return partnerships.get(id, user).members().stream()
                .filter(m -> m.personId() == personId)
                .map(m -> m.fullName())
                .findFirst()
                .orElse("");
    }

    private static String done(long id, long groupId, Message message, RedirectAttributes redirect) {
        redirect.addFlashAttribute("done", message);
        return "redirect:/partnerships/" + id + "/governance/groups/" + groupId;
    }

    private String managedPage(long id, long groupId, CurrentUser user, Model model) {
        GovernancePages.managed(partnerships.get(id, user));
        return page(id, groupId, user, model);
    }

    private String page(long id, long groupId, CurrentUser user, Model model) {
        var p = partnerships.get(id, user);
        var g = groups.group(id, groupId, user);
        var core = p.partners().stream()
                .filter(x -> x.standing() == Standing.CORE)
                .map(x -> x.organisationId())
                .toList();
        model.addAttribute("p", p).addAttribute("g", g);
        model.addAttribute(
                "takingPart",
                List.of(
                        new Option(GovernanceForms.ORGANISATION, Message.of("governance.group.forOrganisationChoice")),
                        new Option(GovernanceForms.SERVICE_USER, Message.of("governance.group.asServiceUser"))));
        model.addAttribute(
                "leads",
                g.members().stream()
                        .map(m -> new Option(String.valueOf(m.personId()), m.fullName()))
                        .toList());
        model.addAttribute(
                "candidates",
                organisations.search("").stream()
                        .filter(o -> !core.contains(o.id()))
                        .map(o -> new Option(String.valueOf(o.id()), o.name()))
                        .toList());
        var seated = g.members().stream().map(m -> m.personId()).toList();
        model.addAttribute(
                "withoutEmail",
                p.members().stream()
                        .filter(m -> m.email() == null && !seated.contains(m.personId()))
                        .map(m -> new Option(String.valueOf(m.personId()), m.fullName()))
                        .toList());
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm(null, null, null));
        }
        if (!model.containsAttribute("workstreamForm")) {
            model.addAttribute("workstreamForm", new WorkstreamForm(null, null));
        }
        if (!model.containsAttribute("providerForm")) {
            model.addAttribute("providerForm", new ProviderForm(null));
        }
        return "governance/group";
    }
}
