package scot.cairn.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * Accounts: who may sign in, whether they administer the platform, and who a signed-in session or token stands for
 * as of now. Passwords are {@link PasswordService}'s; wrong passwords and lock-out are {@link SignInAttempts}'.
 */
@Service
public class AccountService implements UserDetailsService {

    private final AccountRepository accounts;
    private final PersonService people;
    private final AuditTrail audit;
    private final SignInAttempts attempts;
    private final Clock clock = Clock.systemUTC();

    AccountService(AccountRepository accounts, PersonService people, AuditTrail audit, SignInAttempts attempts) {
        this.accounts = accounts;
        this.people = people;
        this.audit = audit;
        this.attempts = attempts;
    }

    /** The person with this email address and their password hash, for sign-in to check. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        var person = people.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var account = accounts.findByPersonId(person.id())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return principal(account, person, clock.instant());
    }

    /**
     * Gives a person an account so they can sign in. Administrators only.
     *
     * @throws InvalidInputException when the person already has an account, or the password is their email address
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary open(long personId, NewPassword password, boolean administrator) {
        var person = people.get(personId);
        if (accounts.findByPersonId(personId).isPresent()) {
            throw InvalidInputException.of("", "identity.account.exists", person.fullName());
        }
        PasswordRules.emailProblem(password.plainText(), person.email()).ifPresent(problem -> {
            throw InvalidInputException.of("password", problem);
        });
        var saved = accounts.save(Account.open(personId, password.hash(), administrator));
        audit.record(
                "person",
                personId,
                null,
                "identity.audit.accountOpened",
                Changes.create().field("identity.audit.administrator", null, yesNo(administrator)));
        return summary(saved, person.email());
    }

    /**
     * Gives an invited person an account that no password opens until they choose one through their invitation. The
     * caller has decided that its user may invite (an administrator, or a partnership manager).
     *
     * @throws InvalidInputException when the person already has an account
     */
    @Transactional
    AccountSummary openInvited(long personId, boolean administrator) {
        var person = people.get(personId);
        if (accounts.findByPersonId(personId).isPresent()) {
            throw InvalidInputException.of("", "identity.account.exists", person.fullName());
        }
        var saved = accounts.save(Account.open(personId, PasswordHashing.unusable(), administrator));
        audit.record(
                "person",
                personId,
                null,
                "identity.audit.accountOpened",
                Changes.create().field("identity.audit.administrator", null, yesNo(administrator)));
        return summary(saved, person.email());
    }

    /** Lifts any sign-in lock on the address: its owner has just proved they read its email. */
    void unlock(String email) {
        attempts.unlock(email);
    }

    /** Who an account stands for as of now. */
    @Transactional(readOnly = true)
    CurrentUser user(long accountId) {
        return principal(accountId)
                .orElseThrow(() -> new NotFoundException("Account"))
                .user();
    }

    /**
     * Grants or takes away the administrator right, and lifts a sign-in lock when asked. Sessions the person has open
     * see the change on their next request. Administrators only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary update(long personId, boolean administrator, boolean unlock) {
        var account = accounts.findByPersonId(personId).orElseThrow(() -> new NotFoundException("Account"));
        String email = people.get(personId).email();
        var changes = Changes.create()
                .field("identity.audit.administrator", yesNo(account.administrator()), yesNo(administrator));
        account.grantAdministrator(administrator);
        if (unlock && attempts.unlock(email)) {
            changes.note("identity.audit.unlocked");
        }
        var saved = accounts.save(account);
        if (!changes.isEmpty()) {
            audit.record("person", personId, null, "identity.audit.accountUpdated", changes);
        }
        return summary(saved, email);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> accountOf(long personId) {
        return accounts.findByPersonId(personId)
                .map(a -> summary(a, people.get(personId).email()));
    }

    /** Every account, by the id of the person it belongs to. Administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, AccountSummary> accountsByPerson() {
        var all = accounts.findAll();
        var emails = people.getAll(all.stream().map(Account::personId).toList()).values().stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::email));
        var locks = attempts.lockedUntil(emails.values());
        return all.stream()
                .map(a -> new AccountSummary(
                        a.id(), a.personId(), a.administrator(), locks.get(emails.get(a.personId()))))
                .collect(Collectors.toMap(AccountSummary::personId, Function.identity()));
    }

    /** The person as a user, as of now, if they have an account: to ask what they may see before telling them. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> userOf(long personId) {
        return accounts.findByPersonId(personId)
                .map(a -> principal(a, people.get(personId), clock.instant()))
                .map(CairnPrincipal::user);
    }

    /** The user with this sign-in email address, as of now, if they have an account. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> userFor(String email) {
        return people.findByEmail(email)
                .flatMap(p -> accounts.findByPersonId(p.id()).map(a -> principal(a, p, clock.instant())))
                .map(CairnPrincipal::user);
    }

    /** Who an account stands for as of now, for a request signed in by other means than a session (a token). */
    @Transactional(readOnly = true)
    Optional<CairnPrincipal> principal(long accountId) {
        return accounts.findById(accountId)
                .map(a ->
                        principal(a, people.get(a.personId()), clock.instant()).withoutPassword());
    }

    /**
     * What a session signed in as {@code signedIn} carries from now on: the same principal while the account is
     * unchanged, a fresh one when it has changed (a new administrator right, new details), and nothing when the
     * session must end (the account is gone, or its password has changed since the session signed in). Unless the
     * account has changed this reads one row, by its key.
     */
    Optional<CairnPrincipal> refreshed(CairnPrincipal signedIn) {
        var account = accounts.findById(signedIn.user().accountId());
        if (account.isEmpty() || !account.get().admitsSessionFrom(signedIn.signedInAt())) {
            return Optional.empty();
        }
        if (account.get().version() == signedIn.accountVersion()) {
            return Optional.of(signedIn);
        }
        var person = people.get(account.get().personId());
        return Optional.of(
                principal(account.get(), person, signedIn.signedInAt()).withoutPassword());
    }

    private static CairnPrincipal principal(Account account, PersonSummary person, Instant signedInAt) {
        var user = new CurrentUser(
                account.id(),
                person.id(),
                person.fullName(),
                person.email(),
                person.organisationId(),
                person.sector(),
                account.administrator());
        return new CairnPrincipal(user, account.passwordHash(), account.version(), signedInAt);
    }

    private AccountSummary summary(Account a, String email) {
        return new AccountSummary(
                a.id(),
                a.personId(),
                a.administrator(),
                attempts.lockedUntil(email).orElse(null));
    }

    private static String yesNo(boolean value) {
        return value ? "platform.yes" : "platform.no";
    }
}
