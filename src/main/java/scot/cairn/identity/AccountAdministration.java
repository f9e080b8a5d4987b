package scot.cairn.identity;

import java.util.LinkedHashMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * What administrators do to a person and their account together. Each method is one transaction: the person and the
 * account are both saved or neither is.
 */
@Service
public class AccountAdministration {

    private final PersonService people;
    private final AccountService accounts;
    private final PasswordService passwords;

    AccountAdministration(PersonService people, AccountService accounts, PasswordService passwords) {
        this.people = people;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /**
     * Adds a person with an account they can sign in with. The details and the password are checked before anything
     * is saved, and every problem with either is reported at once.
     *
     * @throws InvalidInputException naming each field that is wrong ({@code password} for the password)
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonSummary register(PersonDetails details, String password, boolean administrator) {
        var problems = new LinkedHashMap<String, Message>();
        try {
            people.check(details);
        } catch (InvalidInputException e) {
            problems.putAll(e.fieldErrors());
        }
        PasswordRules.problem(password, details.email()).ifPresent(message -> problems.put("password", message));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var person = people.create(details);
        accounts.open(person.id(), passwords.prepare(password), administrator);
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
