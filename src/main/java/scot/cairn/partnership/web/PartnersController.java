package scot.cairn.partnership.web;

import jakarta.validation.Valid;
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
import scot.cairn.directory.OrganisationService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Standing;
import scot.cairn.partnership.web.PartnershipPages.RowAction;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/**
 * The organisations in a partnership and their standing. Everyone who can see the partnership reads the list;
 * managers add, change and remove partners.
 */
@Controller
class PartnersController {

    private final PartnershipService partnerships;
    private final MembershipService membership;
    private final OrganisationService organisations;

    PartnersController(
            PartnershipService partnerships, MembershipService membership, OrganisationService organisations) {
        this.partnerships = partnerships;
        this.membership = membership;
        this.organisations = organisations;
    }

    @GetMapping("/partnerships/{id}/partners")
    String list(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("form", new PartnerForm(null, null));
        return page(partnerships.get(id, user), model);
    }

    @PostMapping("/partnerships/{id}/partners")
    String add(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PartnerForm form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> membership.setPartner(id, form.organisationId(), form.standing(), user))) {
            var name = organisations.get(form.organisationId()).name();
            redirect.addFlashAttribute(
                    "done",
                    Message.of(
                            "partnership.partners.added",
                            name,
                            Message.of(form.standing().labelKey())));
            return "redirect:/partnerships/" + id + "/partners";
        }
        return page(PartnershipPages.managed(partnerships.get(id, user)), model);
    }

    @PostMapping("/partnerships/{id}/partners/{organisationId}")
    String changeStanding(
            @PathVariable long id,
            @PathVariable long organisationId,
            @RequestParam(required = false) Standing standing,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return rowAction(
                new RowAction(
                        id,
                        "standing-" + organisationId,
                        () -> membership.setPartner(id, organisationId, standing, user),
                        Message.of("partnership.partners.standingChanged")),
                user,
                model,
                redirect);
    }

    @PostMapping("/partnerships/{id}/partners/{organisationId}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long organisationId,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        return rowAction(
                new RowAction(
                        id,
                        "remove-" + organisationId,
                        () -> membership.removePartner(id, organisationId, user),
                        Message.of("partnership.partners.removed")),
                user,
                model,
                redirect);
    }

    private String rowAction(RowAction row, CurrentUser user, Model model, RedirectAttributes redirect) {
        var result = new MapBindingResult(new HashMap<>(), "partner");
        if (Forms.submit(result, row.change())) {
            redirect.addFlashAttribute("done", row.done());
            return "redirect:/partnerships/" + row.id() + "/partners";
        }
        model.addAttribute("problems", PartnershipPages.problems(result, row.control()));
        model.addAttribute("form", new PartnerForm(null, null));
        return page(PartnershipPages.managed(partnerships.get(row.id(), user)), model);
    }

    private String page(PartnershipView p, Model model) {
        var taken = p.partners().stream()
                .map(PartnershipView.PartnerView::organisationId)
                .toList();
        model.addAttribute("p", p);
        model.addAttribute("standings", Option.of(Standing.values()));
        model.addAttribute(
                "candidates",
                organisations.search("").stream()
                        .filter(o -> !taken.contains(o.id()))
                        .map(o -> new Option(String.valueOf(o.id()), o.name()))
                        .toList());
        return "partnership/partners";
    }
}
