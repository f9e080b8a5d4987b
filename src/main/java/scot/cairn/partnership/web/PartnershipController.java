package scot.cairn.partnership.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
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
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipNotices;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.ToDoService;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/**
 * Starting a partnership, its overview, and changing its details. The details form binds straight to
 * {@link PartnershipDetails}, the service's own validated command; the version the user saw travels beside it.
 */
@Controller
class PartnershipController {

    private final PartnershipService partnerships;
    private final OrganisationService organisations;
    private final List<PartnershipNotices> notices;
    private final ToDoService toDo;

    PartnershipController(
            PartnershipService partnerships,
            OrganisationService organisations,
            List<PartnershipNotices> notices,
            ToDoService toDo) {
        this.partnerships = partnerships;
        this.organisations = organisations;
        this.notices = notices;
        this.toDo = toDo;
    }

    @GetMapping("/partnerships/new")
    String startForm(CurrentUser user, Model model) {
        mayStart(user);
        model.addAttribute("form", new PartnershipDetails(null, null, null, null, null));
        return detailsPage(model);
    }

    @PostMapping("/partnerships")
    String start(
            @Valid @ModelAttribute("form") PartnershipDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        mayStart(user);
        var started = new AtomicLong();
        if (Forms.submit(
                result, () -> started.set(partnerships.start(form, user).id()))) {
            redirect.addFlashAttribute("done", Message.of("partnership.start.done"));
            return "redirect:/partnerships/" + started.get();
        }
        return detailsPage(model);
    }

    @GetMapping("/partnerships/{id}")
    String overview(@PathVariable long id, CurrentUser user, Model model) {
        model.addAttribute("p", partnerships.get(id, user));
        model.addAttribute("todo", toDo.forPartnership(id, user));
        model.addAttribute("steps", toDo.nextSteps(id, user));
        model.addAttribute(
                "notices",
                notices.stream().flatMap(n -> n.noticesFor(id).stream()).toList());
        return "partnership/overview";
    }

    @GetMapping("/partnerships/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        var p = PartnershipPages.managed(partnerships.get(id, user));
        model.addAttribute("form", p.details()).addAttribute("version", p.version());
        return detailsPage(model.addAttribute("p", p));
    }

    @PostMapping("/partnerships/{id}/edit")
    String edit(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            @Valid @ModelAttribute("form") PartnershipDetails form,
            BindingResult result,
            CurrentUser user,
            Model model,
            RedirectAttributes redirect) {
        if (Forms.submit(result, () -> partnerships.update(id, version, form, user))) {
            redirect.addFlashAttribute("done", Message.of("partnership.details.saved"));
            return "redirect:/partnerships/" + id;
        }
        model.addAttribute("p", PartnershipPages.managed(partnerships.get(id, user)));
        return detailsPage(model.addAttribute("version", version));
    }

    private String detailsPage(Model model) {
        model.addAttribute("markets", Option.of(Market.values()));
        model.addAttribute(
                "organisations",
                organisations.search("").stream()
                        .map(o -> new Option(String.valueOf(o.id()), o.name()))
                        .toList());
        return "partnership/details";
    }

    private static void mayStart(CurrentUser user) {
        if (!user.mayStartPartnership()) {
            throw new ForbiddenException(PartnershipService.START_REFUSED);
        }
    }
}
