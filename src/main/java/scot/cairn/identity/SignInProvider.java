package scot.cairn.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in with email and password, with lock-out. A locked address is refused before its password is looked at, so
 * while it is locked even the right password fails and costs no hashing. A wrong password, or an address without an
 * account, counts towards the lock; the fifth in a row answers "locked" at once. A right password clears the count,
 * unless guesses arriving at the same moment locked the address first. The password check itself is Spring
 * Security's, which also hashes for an unknown address so that it takes as long as a known one.
 */
class SignInProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInAttempts attempts;

    SignInProvider(AuthenticationProvider passwords, SignInAttempts attempts) {
        this.passwords = passwords;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication request) throws AuthenticationException {
        String email = request.getName();
        if (attempts.isLocked(email)) {
            throw new LockedException("Sign-in with this address is locked");
        }
        Authentication result;
        try {
            result = passwords.authenticate(request);
        } catch (BadCredentialsException wrong) {
            if (attempts.recordFailure(email)) {
                throw new LockedException("Sign-in with this address is locked", wrong);
            }
            throw wrong;
        }
        if (!attempts.recordSuccess(email)) {
            throw new LockedException("Sign-in with this address is locked");
        }
        return withoutPasswordHash(result);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** The session keeps the principal; the hash has done its job. */
    private static Authentication withoutPasswordHash(Authentication result) {
        if (result.getPrincipal() instanceof CairnPrincipal principal) {
            return result.toBuilder().principal(principal.withoutPassword()).build();
        }
        return result;
    }
}
