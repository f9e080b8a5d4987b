package scot.cairn.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import scot.cairn.directory.PersonService;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.identity.InvitationService;

/** The people known to Cairn and whether they can sign in: platform administrators only. */
@Controller
class PeoplePages {

    private final PersonService people;
    private final AccountService accounts;
    private final InvitationService invitations;

    PeoplePages(PersonService people, AccountService accounts, InvitationService invitations) {
        this.people = people;
        this.accounts = accounts;
        this.invitations = invitations;
    }

    @GetMapping("/people")
    String list(CurrentUser user, Model model) {
        Administrators.require(user);
        var byPerson = accounts.accountsByPerson();
        var everyone = people.list();
        model.addAttribute(
                "people",
                everyone.stream()
                        .map(p -> new PersonRow(p, byPerson.get(p.id())))
                        .toList());
        // People who have not chosen a password yet, with when their invitation expires (or expired).
        model.addAttribute(
                "invited",
                invitations.pending(everyone.stream()
                        .map(scot.cairn.directory.PersonSummary::id)
                        .toList()));
        return "identity/people";
    }

    @GetMapping("/people/{id}/history")
    String history(@PathVariable long id, CurrentUser user, Model model) {
        Administrators.require(user);
        model.addAttribute("person", people.get(id));
        model.addAttribute("events", people.history(id));
        return "identity/person-history";
    }
}
