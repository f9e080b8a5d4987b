package scot.cairn.identity.web;

import java.util.List;
import java.util.Locale;
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
import scot.cairn.directory.PersonService;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Message;
import scot.cairn.platform.web.Forms;
import scot.cairn.platform.web.Option;

/**
 * Adding a person with their account in one go (they are emailed an invitation to choose their own password), and
 * changing a person's details and account. Platform administrators only; the change form carries the version the
 * administrator saw.
 */
@Controller
class PersonForms {

    private final AccountAdministration administration;
    private final PersonService people;
    private final AccountService accounts;
    private final OrganisationService organisations;

    PersonForms(
            AccountAdministration administration,
            PersonService people,
            AccountService accounts,
            OrganisationService organisations) {
        this.administration = administration;
        this.people = people;
        this.accounts = accounts;
        this.organisations = organisations;
    }

    @GetMapping("/people/new")
    String newForm(CurrentUser user, Model model) {
        Administrators.require(user);
        model.addAttribute("form", PersonForm.empty());
        return newPage(model);
    }

    @PostMapping("/people/new")
    String create(
            CurrentUser user,
            @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Administrators.require(user);
        if (!Forms.submit(
                result, () -> administration.register(user, form.details(), form.makeAdministrator(), locale))) {
            return newPage(model);
        }
        redirect.addFlashAttribute(
                "success",
                Message.of(
                        "identity.person.invited",
                        form.fullName().strip(),
                        form.email().strip()));
        return "redirect:/people";
    }

    @GetMapping("/people/{id}/edit")
    String editForm(@PathVariable long id, CurrentUser user, Model model) {
        Administrators.require(user);
        var person = people.get(id);
        model.addAttribute(
                "form", PersonChangeForm.of(person, accounts.accountOf(id).orElse(null)));
        return editPage(id, person.version(), model);
    }

    @PostMapping("/people/{id}/edit")
    String update(
            @PathVariable long id,
            @RequestParam(required = false) Integer version,
            CurrentUser user,
            @ModelAttribute("form") PersonChangeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        Administrators.require(user);
        if (!Forms.submit(
                result,
                () -> administration.change(
                        user, id, version, form.details(), form.keepAdministrator(), form.unlockSignIn()))) {
            return editPage(id, version, model);
        }
        redirect.addFlashAttribute(
                "success", Message.of("identity.person.saved", form.fullName().strip()));
        return "redirect:/people";
    }

    private String newPage(Model model) {
        model.addAttribute("organisations", organisationOptions());
        return "identity/person-new";
    }

    private String editPage(long id, Integer version, Model model) {
        model.addAttribute("person", people.get(id));
        model.addAttribute("account", accounts.accountOf(id).orElse(null));
        model.addAttribute("version", version);
        model.addAttribute("organisations", organisationOptions());
        return "identity/person-edit";
    }

    private List<Option> organisationOptions() {
        return organisations.search("").stream()
                .map(o -> new Option(String.valueOf(o.id()), o.name()))
                .toList();
    }
}
