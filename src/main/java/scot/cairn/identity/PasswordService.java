package scot.cairn.identity;

import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * Passwords: the rules a new one must meet ({@link PasswordRules}), hashing, changing your own, and replacing an old
 * kind of hash with the current kind when its owner signs in.
 */
@Service
public class PasswordService implements UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final Clock clock;

    PasswordService(AccountRepository accounts, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Checks a new password against every rule that does not depend on whose it is, and hashes it.
     *
     * @throws InvalidInputException naming the field {@code password} when it breaks a rule
     */
    public NewPassword prepare(String password) {
        PasswordRules.problem(password).ifPresent(problem -> {
            throw InvalidInputException.of("password", problem);
        });
        return new NewPassword(password, encoder.encode(password));
    }

    /**
     * Changes the signed-in user's own password after checking the current one. Every session they have open ends,
     * this one too unless the caller renews it ({@link SignedInSessions#renew}).
     *
     * @throws InvalidInputException naming each of {@code currentPassword}, {@code newPassword} and {@code
     *     confirmPassword} that is wrong
     */
    @Transactional
    public void change(CurrentUser user, String current, String replacement, String confirmation) {
        var account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("Account"));
        var problem = PasswordRules.problem(replacement, user.email());
        new InvalidInputException.Collector()
                .rejectIf(
                        current == null || !encoder.matches(current, account.passwordHash()),
                        "currentPassword",
                        "identity.password.currentWrong")
                .rejectIf(problem.isPresent(), "newPassword", problem.orElse(null))
                .rejectIf(
                        replacement != null && !replacement.equals(confirmation),
                        "confirmPassword",
                        "identity.password.mismatch")
                .throwIfAny();
        account.changePassword(encoder.encode(replacement), clock.instant());
        accounts.save(account);
        audit.record("person", user.personId(), null, "identity.audit.passwordChanged", Changes.create());
    }

    /**
     * Sets the password of someone who proved by email that the account is theirs (a reset or an invitation link),
     * without asking for the current one. Every session they have open ends, as with {@link #change}.
     *
     * @param auditKey what the person's history records ("password reset", "invitation accepted")
     * @throws InvalidInputException naming {@code password} or {@code confirmPassword} when either is wrong
     */
    @Transactional
    void replace(CurrentUser user, String replacement, String confirmation, String auditKey) {
        var account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("Account"));
        var problem = PasswordRules.problem(replacement, user.email());
        new InvalidInputException.Collector()
                .rejectIf(problem.isPresent(), "password", problem.orElse(null))
                .rejectIf(
                        problem.isEmpty() && !replacement.equals(confirmation),
                        "confirmPassword",
                        "identity.password.mismatch")
                .throwIfAny();
        account.changePassword(encoder.encode(replacement), clock.instant());
        accounts.save(account);
        audit.record("person", user.personId(), null, auditKey, Changes.create());
    }

    /**
     * Stores a new hash of the password someone has just signed in with, when theirs is of an older kind. Only
     * replaces the hash that sign-in checked, so a password changed meanwhile is never overwritten; and leaves the
     * account's version alone, so nobody's change to the account fails because its owner signed in.
     */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        if (user instanceof CairnPrincipal principal) {
            accounts.replacePasswordHash(principal.user().accountId(), principal.passwordHash(), newHash);
            return new CairnPrincipal(principal.user(), newHash, principal.accountVersion(), principal.signedInAt());
        }
        return user;
    }
}
