package scot.cairn.identity;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/** Accounts: who may sign in, their password, whether they administer the platform, and lock-out. */
@Service
public class AccountService implements UserDetailsService {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;

    private final AccountRepository accounts;
    private final PersonService people;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    AccountService(AccountRepository accounts, PersonService people, PasswordEncoder encoder, AuditTrail audit) {
        this.accounts = accounts;
        this.people = people;
        this.encoder = encoder;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        var person = people.findByEmail(email).orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var account = accounts.findByPersonId(person.id())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new CairnPrincipal(
                currentUser(account, person), account.passwordHash(), account.isLocked(clock.instant()));
    }

    /** Counts a wrong password; the fifth in a row locks the account for a while. */
    @Transactional
    public void recordFailedSignIn(String email) {
        people.findByEmail(email).flatMap(p -> accounts.findByPersonId(p.id())).ifPresent(account -> {
            account.recordFailure(clock.instant());
            accounts.save(account);
        });
    }

    @Transactional
    public void recordSuccessfulSignIn(long accountId) {
        accounts.findById(accountId).ifPresent(account -> {
            account.recordSuccess();
            accounts.save(account);
        });
    }

    /** Changes the signed-in user's own password after checking the current one. */
    @Transactional
    public void changePassword(CurrentUser user, String current, String replacement, String confirmation) {
        var account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("Account"));
        var errors = new InvalidInputException.Collector()
                .rejectIf(
                        current == null || !encoder.matches(current, account.passwordHash()),
                        "currentPassword",
                        "Your current password is not right");
        passwordRules(errors, "newPassword", replacement)
                .rejectIf(
                        replacement != null && !replacement.equals(confirmation),
                        "confirmPassword",
                        "The two new passwords do not match")
                .throwIfAny();
        account.changePassword(encoder.encode(replacement));
        accounts.save(account);
        audit.record("person", user.personId(), null, "Password changed", Changes.create());
    }

    /** Gives a person an account so they can sign in. Administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary open(long personId, String password, boolean administrator) {
        var person = people.get(personId);
        if (accounts.findByPersonId(personId).isPresent()) {
            throw InvalidInputException.of("", person.fullName() + " already has an account");
        }
        passwordRules(new InvalidInputException.Collector(), "password", password)
                .throwIfAny();
        var saved = accounts.save(Account.open(personId, encoder.encode(password), administrator));
        audit.record(
                "person",
                personId,
                null,
                "Account opened",
                Changes.create().field("Administrator", null, administrator ? "yes" : "no"));
        return summary(saved);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary update(long personId, boolean administrator, boolean unlock) {
        var account = accounts.findByPersonId(personId).orElseThrow(() -> new NotFoundException("Account"));
        var changes = Changes.create()
                .field("Administrator", account.administrator() ? "yes" : "no", administrator ? "yes" : "no");
        account.grantAdministrator(administrator);
        if (unlock && account.isLocked(clock.instant())) {
            account.unlock();
            changes.note("Sign-in unlocked");
        }
        var saved = accounts.save(account);
        if (!changes.isEmpty()) {
            audit.record("person", personId, null, "Account updated", changes);
        }
        return summary(saved);
    }

    @Transactional(readOnly = true)
    public Optional<AccountSummary> accountOf(long personId) {
        return accounts.findByPersonId(personId).map(this::summary);
    }

    /** Every account, by the id of the person it belongs to. Administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, AccountSummary> accountsByPerson() {
        return accounts.findAll().stream()
                .map(this::summary)
                .collect(Collectors.toMap(AccountSummary::personId, a -> a));
    }

    /** The user with this sign-in email address, as of now, if they have an account. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> userFor(String email) {
        return people.findByEmail(email)
                .flatMap(p -> accounts.findByPersonId(p.id()).map(a -> currentUser(a, p)));
    }

    /** The user an account stands for, as of now. */
    @Transactional(readOnly = true)
    CurrentUser currentUser(long accountId) {
        var account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
        return currentUser(account, people.get(account.personId()));
    }

    static InvalidInputException.Collector passwordRules(
            InvalidInputException.Collector errors, String field, String password) {
        var problem = passwordProblem(password);
        return errors.rejectIf(problem.isPresent(), field, problem.orElse(null));
    }

    /** What is wrong with a new password, if anything. */
    static Optional<String> passwordProblem(String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return Optional.of("Password must be at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            return Optional.of("Password must be " + MAX_PASSWORD + " characters or fewer");
        }
        return Optional.empty();
    }

    private static CurrentUser currentUser(Account account, PersonSummary person) {
        return new CurrentUser(
                account.id(),
                person.id(),
                person.fullName(),
                person.email(),
                person.organisationId(),
                person.sector(),
                account.administrator());
    }

    private AccountSummary summary(Account a) {
        // A lock that has run out is no lock: the summary promises lockedUntil is null then.
        var lockedUntil = a.isLocked(clock.instant()) ? a.lockedUntil() : null;
        return new AccountSummary(a.id(), a.personId(), a.administrator(), lockedUntil);
    }
}
