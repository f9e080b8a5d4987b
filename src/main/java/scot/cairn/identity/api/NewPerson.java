package scot.cairn.identity.api;

import io.swagger.v3.oas.annotations.media.Schema;
import scot.cairn.directory.PersonDetails;

/**
 * A person to add. With a {@code password} (at least 12 characters) they also get an account and can sign in; the
 * person and the account are saved together or not at all.
 */
record NewPerson(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200)
        String fullName,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email")
        String email,

        @Schema(maxLength = 200) String jobTitle,

        @Schema(description = "Null for service users and carers with no organisation")
        Long organisationId,

        @Schema(description = "Initial password; leave out for someone who will not sign in", minLength = 12)
        String password,

        @Schema(description = "Platform administrator; only with a password")
        Boolean administrator) {

    boolean makeAdministrator() {
        return Boolean.TRUE.equals(administrator);
    }

    PersonDetails details() {
        return new PersonDetails(fullName, email, jobTitle, organisationId);
    }
}
