package scot.cairn.partnership.web;

import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
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
import scot.cairn.directory.PersonContact;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberInvitations;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.web.PartnershipPages.RowAction;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/**
 * The people in a partnership and their roles, and who has been invited and not signed in yet. Everyone who can see the
 * partnership reads the list; managers invite people by name and email address (or add someone already in Cairn by
 * email), change roles and remove people, but never the last manager.
 */
@Controller
class MembersController {

    private final PartnershipService partnerships;
    private final MembershipService membership;
    private final MemberInvitations invitations;

    MembersController(PartnershipService partnerships, MembershipService membership, MemberInvitations invitations) {
        this.partnerships = partnerships;
        this.membership = membership;
        this.invitations = invitations;
    }

    @GetMapping("/partnerships/{id}/members")
    String list(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("form", new MemberForm(null, null));
        model.addAttribute("inviteForm", InviteForm.empty());
        return page(partnerships.get(id, user), user, model);
    }

    @PostMapping("/partnerships/{id}/members")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MemberForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> membership.setMember(id, form.email(), form.role(), user))) {
            redirect.addFlashAttribute(
                    "done",
                    Message.of(
                            "partnership.members.added",
                            form.email().strip(),
                            Message.of(form.role().labelKey())));
            return "redirect:/partnerships/" + id + "/members";
        }
        return page(PartnershipPages.managed(partnerships.get(id, user)), user, model);
    }

    @PostMapping("/partnerships/{id}/invitations")
    String invite(
            @PathVariable long id,
            @ModelAttribute("inviteForm") InviteForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var invited = new AtomicReference<MemberInvitations.Invited>();
        if (Forms.submit(
                result,
                () -> invited.set(invitations.invite(id, form.name(), form.email(), form.role(), user, locale)))) {
            var done = invited.get();
            redirect.addFlashAttribute(
                    "done",
                    done.sent()
                            ? Message.of("partnership.invite.sent", done.fullName(), done.email())
                            : Message.of(
                                    "partnership.invite.added",
                                    done.fullName(),
                                    Message.of(done.role().labelKey())));
            return "redirect:/partnerships/" + id + "/members";
        }
        model.addAttribute("form", new MemberForm(null, null));
        return page(PartnershipPages.managed(partnerships.get(id, user)), user, model);
    }

    @PostMapping("/partnerships/{id}/members/{personId}")
    String changeRole(
            @PathVariable long id,
            @PathVariable long personId,
            @RequestParam(required = false) MemberRole role,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return rowAction(
                new RowAction(
                        id,
                        "role-" + personId,
                        () -> membership.setRole(id, personId, role, user),
                        Message.of("partnership.members.roleChanged")),
                user,
                model,
                redirect);
    }

    @PostMapping("/partnerships/{id}/members/{personId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long personId,
            @RequestParam(defaultValue = "false") boolean endHeld,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        var held = membership.heldBy(id, personId, user);
        if (!held.isEmpty() && !endHeld) {
            var name = partnerships.get(id, user).members().stream()
                    .filter(m -> m.personId() == personId)
                    .map(PartnershipView.MemberView::fullName)
                    .findFirst()
                    .orElse("");
            model.addAttribute("confirmRemoval", new Removal(personId, name, held));
        }
        return rowAction(
                new RowAction(
                        id,
                        "remove-" + personId,
                        () -> membership.removeMember(id, personId, endHeld, user),
                        Message.of("partnership.members.removed")),
                user,
                model,
                redirect);
    }

    /** A removal that needs confirming because the member still holds seats or roles. */
    record Removal(long personId, String name, java.util.List<String> held) {}

    private String rowAction(RowAction row, CurrentUser user, Model model, RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "member");
        if (Forms.submit(result, row.change())) {
            redirect.addFlashAttribute("done", row.done());
            return "redirect:/partnerships/" + row.id() + "/members";
        }
        model.addAttribute("problems", PartnershipPages.problems(result, row.control()));
        model.addAttribute("form", new MemberForm(null, null));
        return page(PartnershipPages.managed(partnerships.get(row.id(), user)), user, model);
    }

    @PostMapping("/partnerships/{id}/members/without-email")
    String addWithoutEmail(
            @PathVariable long id,
            @ModelAttribute("noEmailForm") NoEmailForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> membership.addWithoutEmail(id, form.details(), form.memberRole(), user))) {
            redirect.addFlashAttribute(
                    "done",
                    Message.of(
                            "partnership.members.recorded",
                            form.fullName().strip(),
                            Message.of(form.memberRole().labelKey())));
            return "redirect:/partnerships/" + id + "/members";
        }
        model.addAttribute("form", new MemberForm(null, null));
        return page(PartnershipPages.managed(partnerships.get(id, user)), user, model);
    }

    @GetMapping("/partnerships/{id}/members/{personId}/contact")
    String contact(@PathVariable long id, @PathVariable long personId, CurrentUser user, Model model) {
        var contact = contactOf(id, personId, user);
        model.addAttribute("contactForm", NoEmailForm.of(contact));
        return contactPage(partnerships.get(id, user), contact, contact.version(), model);
    }

    @PostMapping("/partnerships/{id}/members/{personId}/contact")
    String changeContact(
            @PathVariable long id,
            @PathVariable long personId,
            @RequestParam(required = false) Integer version,
            @ModelAttribute("contactForm") NoEmailForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> membership.changeContact(id, personId, version, form.details(), user))) {
            redirect.addFlashAttribute(
                    "done",
                    Message.of(
                            "partnership.members.contactSaved", form.fullName().strip()));
            return "redirect:/partnerships/" + id + "/members";
        }
        var p = PartnershipPages.managed(partnerships.get(id, user));
        return contactPage(p, contactOf(id, personId, user), version, model);
    }

    private PersonContact contactOf(long id, long personId, CurrentUser user) {
        var contact = membership.contacts(id, user).get(personId);
        if (contact == null) {
            throw new NotFoundException("Member");
        }
        return contact;
    }

    private String contactPage(PartnershipView p, PersonContact contact, Integer version, Model model) {
        model.addAttribute("p", p).addAttribute("contact", contact).addAttribute("version", version);
        return "partnership/member-contact";
    }

    private String page(PartnershipView p, CurrentUser user, Model model) {
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", InviteForm.empty());
        }
        if (!model.containsAttribute("noEmailForm")) {
            model.addAttribute("noEmailForm", NoEmailForm.empty());
        }
        model.addAttribute("contacts", membership.contacts(p.id(), user));
        model.addAttribute("rolesWithoutEmail", Option.of(new MemberRole[] {MemberRole.MEMBER, MemberRole.OBSERVER}));
        model.addAttribute("p", p).addAttribute("roles", Option.of(MemberRole.values()));
        model.addAttribute(
                "pending",
                invitations.pending(p.members().stream()
                        .map(PartnershipView.MemberView::personId)
                        .toList()));
        return "partnership/members";
    }
}
