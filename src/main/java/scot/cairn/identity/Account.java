package scot.cairn.identity;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The sign-in of one person. After {@link #MAX_FAILURES} wrong passwords in a row the account is locked for
 * {@link #LOCK_DURATION}; a right password resets the count.
 */
@Table("identity_account")
class Account {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long personId;
    private String passwordHash;
    private boolean administrator;
    private int failedAttempts;
    private Instant lockedUntil;

    @PersistenceCreator
    Account(
            Long id,
            Integer version,
            Long personId,
            String passwordHash,
            boolean administrator,
            int failedAttempts,
            Instant lockedUntil) {
        this.id = id;
        this.version = version;
        this.personId = personId;
        this.passwordHash = passwordHash;
        this.administrator = administrator;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
    }

    static Account open(long personId, String passwordHash, boolean administrator) {
        return new Account(null, null, personId, passwordHash, administrator, 0, null);
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void recordFailure(Instant now) {
        failedAttempts++;
        if (failedAttempts >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedAttempts = 0;
        }
    }

    void recordSuccess() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    void unlock() {
        recordSuccess();
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void grantAdministrator(boolean administrator) {
        this.administrator = administrator;
    }

    Long id() {
        return id;
    }

    Long personId() {
        return personId;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean administrator() {
        return administrator;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
