package scot.cairn.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.AccountLinks.Purpose;
import scot.cairn.platform.InvalidInputException;

/**
 * "Forgot your password?": a single-use link, valid for {@link #VALID_FOR}, sent to an address with an account. The
 * answer to a request never says whether the address has an account: a request for an address without one does the
 * same database work (a link is stored, with no account, and never sent). At most {@value #PER_HOUR} links are issued
 * per address in any hour; a further request is answered the same and does nothing.
 */
@Service
public class PasswordResets {

    /** How long a reset link works. */
    public static final Duration VALID_FOR = Duration.ofHours(1);

    /** How many reset links one address gets in an hour at most. */
    public static final int PER_HOUR = 3;

    private final AccountLinks links;
    private final AccountService accounts;
    private final PasswordService passwords;
    private final Support support;

    PasswordResets(AccountLinks links, AccountService accounts, PasswordService passwords, Support support) {
        this.links = links;
        this.accounts = accounts;
        this.passwords = passwords;
        this.support = support;
    }

    /** The email sender, and what takes turns per address; a record so the service has four collaborators. */
    @org.springframework.stereotype.Component
    record Support(LinkNotices notices, JdbcClient jdbc, Clock clock) {

        /**
         * Takes this address's lock until the transaction ends, so that requests for one address arriving at the same
         * moment are counted one after the other.
         */
        void takeTurn(String email) {
            String key = SignInAttempts.hash(email);
            var now = java.sql.Timestamp.from(clock.instant());
            jdbc.sql("insert into identity_password_reset_quota (email_hash, touched_at) values (?, ?)"
                            + " on conflict do nothing")
                    .params(key, now)
                    .update();
            jdbc.sql("update identity_password_reset_quota set touched_at = ? where email_hash = ?")
                    .params(now, key)
                    .update();
            jdbc.sql("delete from identity_password_reset_quota where touched_at < ?")
                    .param(java.sql.Timestamp.from(clock.instant().minus(VALID_FOR)))
                    .update();
        }
    }

    /**
     * Sends a reset link to the address when it has an account and has not had {@value #PER_HOUR} in the last hour.
     *
     * @param requestLanguage the language of the request, used when the account has no language chosen
     * @throws InvalidInputException naming {@code email} when it is blank
     */
    @Transactional
    public void request(String email, Locale requestLanguage) {
        if (email == null || email.isBlank()) {
            throw InvalidInputException.of("email", "identity.reset.emailMissing");
        }
        String address = email.strip();
        support.takeTurn(address);
        links.cleanUpResets();
        if (links.issuedSince(Purpose.RESET, address, support.clock().instant().minus(Duration.ofHours(1)))
                >= PER_HOUR) {
            return;
        }
        var user = accounts.userFor(address);
        var issued = links.issue(
                Purpose.RESET, address, user.map(CurrentUser::accountId).orElse(null), null, null, VALID_FOR);
        user.ifPresent(u -> support.notices().reset(u, issued, requestLanguage));
    }

    /** Whether the reset link can be used, and if not, why. Never uses it. */
    @Transactional(readOnly = true)
    public LinkState check(String token) {
        return links.state(Purpose.RESET, token);
    }

    /**
     * Sets a new password with a reset link and uses the link up. Every other session of the person ends, and a
     * sign-in lock on their address is lifted.
     *
     * @return who the person is, to sign them in
     * @throws LinkRefusedException when the link expired, was used or is unknown
     * @throws InvalidInputException naming {@code password} or {@code confirmPassword}
     */
    @Transactional
    public CurrentUser reset(String token, String password, String confirmation) {
        var link = links.requireOpen(Purpose.RESET, token);
        var user = accounts.user(link.accountId());
        passwords.replace(user, password, confirmation, "identity.audit.passwordReset");
        links.use(link.id());
        accounts.unlock(user.email());
        return user;
    }
}
