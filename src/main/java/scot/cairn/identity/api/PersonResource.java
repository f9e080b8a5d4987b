package scot.cairn.identity.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.AccountSummary;

/**
 * A person as the API shows them. The organisation fields are null for someone without one; {@code account} is
 * null for someone who cannot sign in.
 */
record PersonResource(
        long id,

        @Schema(description = "Send this back when changing the person")
        int version,

        String fullName,
        String email,
        String jobTitle,
        Long organisationId,
        String organisationName,
        AccountStatus account) {

    /** Whether the person administers the platform, and until when their sign-in is locked (null when it is not). */
    record AccountStatus(boolean administrator, Instant lockedUntil) {}

    static PersonResource of(PersonSummary p, AccountSummary account) {
        return new PersonResource(
                p.id(),
                p.version(),
                p.fullName(),
                p.email(),
                p.jobTitle(),
                p.organisationId(),
                p.organisationName(),
                account == null ? null : new AccountStatus(account.administrator(), account.lockedUntil()));
    }
}
