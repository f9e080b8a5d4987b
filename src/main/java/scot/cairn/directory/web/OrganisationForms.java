package scot.cairn.directory.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import scot.cairn.directory.OrganisationDetails;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.OrganisationSummary;
import scot.cairn.directory.OrganisationType;
import scot.cairn.directory.Sector;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/**
 * Adding and changing organisations: platform administrators only. The edit form carries the version the user saw,
 * so a save over someone else's change is refused rather than lost.
 */
@Controller
class OrganisationForms {

    private static final String FORM = "directory/organisation-form";

    private final OrganisationService organisations;

    OrganisationForms(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisations/new")
    String newForm(HttpServletRequest request, Model model) {
        requireAdministrator(request);
        model.addAttribute("form", new OrganisationDetails(null, null, null, null, null, null));
        return form(model, null, null);
    }

    @PostMapping("/organisations")
    String create(
            HttpServletRequest request,
            @Valid @ModelAttribute("form") OrganisationDetails form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        requireAdministrator(request);
        var created = new AtomicReference<OrganisationSummary>();
        if (!Forms.submit(result, () -> created.set(organisations.create(form)))) {
            return form(model, null, null);
        }
        redirect.addFlashAttribute(
                "success",
                Message.of("directory.organisation.added", created.get().name()));
        return "redirect:/organisations/" + created.get().id();
    }

    @GetMapping("/organisations/{id}/edit")
    String editForm(@PathVariable long id, HttpServletRequest request, Model model) {
        requireAdministrator(request);
        var organisation = organisations.get(id);
        model.addAttribute("form", organisation.details());
        return form(model, organisation, organisation.version());
    }

    @PostMapping("/organisations/{id}/edit")
    String update(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            HttpServletRequest request,
            @Valid @ModelAttribute("form") OrganisationDetails form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        requireAdministrator(request);
        var organisation = organisations.get(id);
        if (!Forms.submit(result, () -> organisations.update(id, version, form))) {
            return form(model, organisation, version);
        }
        redirect.addFlashAttribute("success", Message.of("directory.organisation.saved"));
        return "redirect:/organisations/" + id;
    }

    private static String form(Model model, OrganisationSummary editing, Integer version) {
        model.addAttribute("editing", editing);
        model.addAttribute("version", version);
        model.addAttribute("sectors", Option.of(Sector.values()));
        model.addAttribute("types", Option.of(OrganisationType.values()));
        return FORM;
    }

    static void requireAdministrator(HttpServletRequest request) {
        if (!request.isUserInRole("ADMIN")) {
            throw new ForbiddenException("directory.organisation.adminOnly");
        }
    }
}
