package scot.cairn.identity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The sign-in of one person: their password hash, whether they administer the platform, and from when their sessions
 * count. Wrong passwords are counted by {@link SignInAttempts}, per email address, not here.
 */
@Table("identity_account")
class Account {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long personId;
    private String passwordHash;
    private boolean administrator;
    private Instant sessionsValidFrom;

    @PersistenceCreator
    Account(
            Long id,
            Integer version,
            Long personId,
            String passwordHash,
            boolean administrator,
            Instant sessionsValidFrom) {
        this.id = id;
        this.version = version;
        this.personId = personId;
        this.passwordHash = passwordHash;
        this.administrator = administrator;
        this.sessionsValidFrom = sessionsValidFrom;
    }

    static Account open(long personId, String passwordHash, boolean administrator) {
        return new Account(null, null, personId, passwordHash, administrator, null);
    }

    /**
     * A new password ends every session signed in before now: whoever knew the old one is signed out everywhere. The
     * instant is cut to the microsecond, as both databases store it, so what is read back is what was compared.
     */
    void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.sessionsValidFrom = now.truncatedTo(ChronoUnit.MICROS);
    }

    void grantAdministrator(boolean administrator) {
        this.administrator = administrator;
    }

    /** Whether a session that signed in at {@code signedInAt} may still be used. */
    boolean admitsSessionFrom(Instant signedInAt) {
        return sessionsValidFrom == null || !signedInAt.isBefore(sessionsValidFrom);
    }

    Long id() {
        return id;
    }

    /** Goes up with every save, so a session can tell cheaply that the account has changed since it last looked. */
    int version() {
        return version == null ? 0 : version;
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

    Instant sessionsValidFrom() {
        return sessionsValidFrom;
    }
}
