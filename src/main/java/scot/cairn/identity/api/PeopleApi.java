package scot.cairn.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;

/** People and their accounts as JSON: platform administrators only, reading as well as changing. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "People known to Cairn and their accounts (platform administrators only)")
class PeopleApi {

    private final PersonService people;
    private final AccountService accounts;
    private final AccountAdministration administration;

    PeopleApi(PersonService people, AccountService accounts, AccountAdministration administration) {
        this.people = people;
        this.accounts = accounts;
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Everyone, by name")
    List<PersonResource> list(CurrentUser user) {
        requireAdministrator(user);
        var byPerson = accounts.accountsByPerson();
        return people.list().stream()
                .map(p -> PersonResource.of(p, byPerson.get(p.id())))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person and their account")
    PersonResource get(@PathVariable long id, CurrentUser user) {
        requireAdministrator(user);
        return resource(people.get(id));
    }

    @PostMapping
    @Operation(
            summary = "Add a person, with an account and an invitation email unless invite is false",
            description = "Email addresses are unique; a duplicate is a 400 naming the field 'email'. The person gets"
                    + " an email with a link to choose their own password, valid for 7 days; a password sent here is"
                    + " a 400, as nobody sets another person's password.")
    ResponseEntity<PersonResource> create(@RequestBody NewPerson request, CurrentUser user, Locale locale) {
        requireAdministrator(user);
        new InvalidInputException.Collector()
                .rejectIf(request.password() != null, "password", "identity.people.noPasswordForOthers")
                .rejectIf(
                        request.makeAdministrator() && !request.sendInvitation(),
                        "administrator",
                        "identity.people.administratorNeedsInvitation")
                .throwIfAny();
        var person = request.sendInvitation()
                ? administration.register(user, request.details(), request.makeAdministrator(), locale)
                : people.create(request.details());
        var location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(person.id())
                .toUri();
        return ResponseEntity.created(location).body(resource(person));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace a person's details and change their account",
            description = "Send the version you last read; if someone has changed the person since, the answer is 409"
                    + " and nothing is saved.")
    PersonResource update(@PathVariable long id, @Valid @RequestBody PersonChange request, CurrentUser user) {
        requireAdministrator(user);
        return resource(administration.change(
                user, id, request.version(), request.details(), request.administrator(), request.unlockSignIn()));
    }

    private PersonResource resource(PersonSummary person) {
        return PersonResource.of(person, accounts.accountOf(person.id()).orElse(null));
    }

    private static void requireAdministrator(CurrentUser user) {
        if (user == null || !user.administrator()) {
            throw new ForbiddenException("identity.people.adminOnly");
        }
    }
}
