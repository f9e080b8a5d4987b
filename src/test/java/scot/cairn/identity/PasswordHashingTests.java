package scot.cairn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class PasswordHashingTests {

    static final PasswordHashing HASHING = PasswordHashing.standard();

    @Test
    void newHashesAreArgon2AndNeedNoUpgrade() {
        String hash = HASHING.encode("heather moss loch");

        assertThat(hash).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$");
        assertThat(HASHING.matches("heather moss loch", hash)).isTrue();
        assertThat(HASHING.matches("heather moss loch.", hash)).isFalse();
        assertThat(HASHING.upgradeEncoding(hash)).isFalse();
    }

    @Test
    void anInvitedAccountsHashIsReadLikeAnyOtherAndNoPasswordMatchesIt() {
        String unusable = PasswordHashing.unusable();

        assertThat(unusable).startsWith("{argon2@SpringSecurity_v5_8}$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(PasswordHashing.unusable()).isNotEqualTo(unusable);
        for (String guess : new String[] {"", "heather moss loch", unusable}) {
            assertThat(HASHING.matches(guess, unusable)).isFalse();
        }
        assertThat(HASHING.upgradeEncoding(unusable)).isFalse();
    }

    @Test
    void oldBcryptHashesStillVerifyAndAskToBeUpgraded() {
        String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("cairn-demo-2026");

        assertThat(HASHING.matches("cairn-demo-2026", old)).isTrue();
        assertThat(HASHING.matches("cairn-demo-2027", old)).isFalse();
        assertThat(HASHING.upgradeEncoding(old)).isTrue();
    }

    @Test
    void everyCharacterOfA128CharacterPasswordCountsNotJustTheFirst72Bytes() {
        for (String password :
                new String[] {PasswordRulesTests.welshAndGaelic(128), PasswordRulesTests.emoji(128), "x".repeat(128)}) {
            String hash = HASHING.encode(password);
            String lastCharacterDifferent =
                    password.substring(0, password.offsetByCodePoints(password.length(), -1)) + "!";

            assertThat(HASHING.matches(password, hash)).isTrue();
            assertThat(HASHING.matches(lastCharacterDifferent, hash)).isFalse();
        }
    }

    @Test
    void anAccentTypedComposedOrDecomposedIsTheSamePassword() {
        String composed = "Tha mi à Dùn Èideann ŵ";
        String decomposed = "Tha mi a\u0300 Du\u0300n E\u0300ideann w\u0302";

        assertThat(HASHING.matches(decomposed, HASHING.encode(composed))).isTrue();
        assertThat(HASHING.matches(composed, HASHING.encode(decomposed))).isTrue();
    }

    @Test
    void atMostTheGivenNumberOfHashesRunAtOnce() throws InterruptedException {
        var running = new AtomicInteger();
        var most = new AtomicInteger();
        PasswordEncoder slow = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(30);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                running.decrementAndGet();
                return "hash";
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return encode(raw).equals(encoded);
            }
        };
        var bounded = new PasswordHashing(slow, 2);
        var pool = Executors.newFixedThreadPool(12);
        for (int i = 0; i < 12; i++) {
            pool.submit(() -> bounded.encode("p"));
            pool.submit(() -> bounded.matches("p", "hash"));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(most.get()).isEqualTo(2);
    }
}
