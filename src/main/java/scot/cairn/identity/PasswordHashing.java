package scot.cairn.identity;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Cairn's password encoder. New hashes are Argon2 ({@value #DEFAULT_ID}), which hashes every byte of a password of
 * any length, where bcrypt reads only the first 72; hashes stored as {@code {bcrypt}} before still verify, and
 * {@link #upgradeEncoding} says they should be replaced, which sign-in does. Passwords are Unicode-normalised first,
 * so an accented letter typed composed or decomposed matches either way.
 *
 * <p>Each Argon2 hash takes 16 MiB and tens of milliseconds, on purpose. At most {@code concurrency} hashes run at
 * once, so a burst of sign-ins queues instead of taking every core and as many 16 MiB blocks as there are threads.
 */
final class PasswordHashing implements PasswordEncoder {

    static final String DEFAULT_ID = "argon2@SpringSecurity_v5_8";

    private final PasswordEncoder delegate;
    private final Semaphore permits;

    PasswordHashing(PasswordEncoder delegate, int concurrency) {
        this.delegate = delegate;
        this.permits = new Semaphore(Math.max(1, concurrency), true);
    }

    /** Argon2 for new hashes, bcrypt to verify old ones, one hash at a time per processor. */
    static PasswordHashing standard() {
        Map<String, PasswordEncoder> encoders = Map.of(
                DEFAULT_ID,
                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt",
                new BCryptPasswordEncoder());
        return new PasswordHashing(
                new DelegatingPasswordEncoder(DEFAULT_ID, encoders),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * A stored hash that no password matches, for an account whose owner has not chosen one yet (an invitation is
     * open): an Argon2 hash in the usual form, with a random salt and random bytes where the hash goes. Checking a
     * password against it costs exactly what checking against a real one costs, so sign-in with such an account takes
     * as long and fails as a wrong password does; no password hashes to 256 given random bits.
     */
    static String unusable() {
        var random = new java.security.SecureRandom();
        var salt = new byte[16];
        var hash = new byte[32];
        random.nextBytes(salt);
        random.nextBytes(hash);
        var base64 = java.util.Base64.getEncoder().withoutPadding();
        return "{" + DEFAULT_ID + "}$argon2id$v=19$m=16384,t=2,p=1$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(hash);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bounded(() -> delegate.encode(normalised(rawPassword)));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return bounded(() -> delegate.matches(normalised(rawPassword), encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private <T> T bounded(Supplier<T> hashing) {
        permits.acquireUninterruptibly();
        try {
            return hashing.get();
        } finally {
            permits.release();
        }
    }

    private static String normalised(CharSequence rawPassword) {
        return rawPassword == null ? null : PasswordRules.normalised(rawPassword.toString());
    }
}
