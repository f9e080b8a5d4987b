package scot.cairn.identity.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import scot.cairn.directory.PersonDetails;

/**
 * A person's new details with the {@code version} the client last read; a change based on an older version is
 * refused with 409. The account fields only apply to someone with an account.
 */
record PersonChange(
        @NotNull(message = "{identity.person.versionRequired}")
        Integer version,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200)
        String fullName,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email")
        String email,

        @Schema(maxLength = 200) String jobTitle,
        Long organisationId,

        @Schema(description = "Platform administrator; leave out to keep as it is")
        Boolean administrator,

        @Schema(description = "True lifts a lock-out after too many wrong passwords")
        Boolean unlock) {

    boolean unlockSignIn() {
        return Boolean.TRUE.equals(unlock);
    }

    PersonDetails details() {
        return new PersonDetails(fullName, email, jobTitle, organisationId);
    }
}
