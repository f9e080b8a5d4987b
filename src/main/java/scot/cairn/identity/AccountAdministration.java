package scot.cairn.identity;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;

/**
 * What administrators do to a person and their account together. Each method is one transaction: the person and the
 * account are both saved or neither is.
 */
@Service
public class AccountAdministration {

    private final PersonService people;
    private final AccountService accounts;
    private final InvitationService invitations;

    AccountAdministration(PersonService people, AccountService accounts, InvitationService invitations) {
        this.people = people;
        this.accounts = accounts;
        this.invitations = invitations;
    }

    /**
     * Adds a person with an account and emails them an invitation to choose their own password: nobody types a
     * password for someone else. The details are checked before anything is saved, and every problem is reported at
     * once.
     *
     * @param language the language of the request, for the email when the person has none chosen
     * @throws InvalidInputException naming each field that is wrong
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonSummary register(CurrentUser by, PersonDetails details, boolean administrator, Locale language) {
        var person = people.create(details);
        invitations.invite(
                new InvitationService.Invitation(person.fullName(), person.email(), by, "/partnerships", null),
                administrator,
                language);
        return person;
    }

    /**
     * Changes a person's details and, when they have an account, whether they administer the platform and whether
     * their sign-in is unlocked.
     *
     * @param administrator null leaves the account's administrator right as it is
     * @throws ConcurrentChangeException when {@code seenVersion} is not the person's stored version
     * @throws InvalidInputException when the details are wrong, or an administrator takes away their own right
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonSummary change(
            CurrentUser by,
            long personId,
            Integer seenVersion,
            PersonDetails details,
            Boolean administrator,
            boolean unlock) {
        if (by.personId() == personId && Boolean.FALSE.equals(administrator)) {
            // Otherwise the last administrator could lock everyone out of the people pages.
            throw InvalidInputException.of("administrator", "identity.person.ownAdministrator");
        }
        var person = people.update(personId, seenVersion, details);
        accounts.accountOf(personId)
                .ifPresent(account -> accounts.update(
                        personId, administrator == null ? account.administrator() : administrator, unlock));
        return person;
    }
}
