package scot.cairn.identity.api;

import io.swagger.v3.oas.annotations.media.Schema;
import scot.cairn.directory.PersonDetails;

/**
 * A person to add. Unless {@code invite} is false they also get an account, and an email inviting them to choose their
 * own password; the person and the account are saved together or not at all. Nobody sets another person's password,
 * so a {@code password} sent here is refused.
 */
record NewPerson(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200)
        String fullName,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, format = "email")
        String email,

        @Schema(maxLength = 200) String jobTitle,

        @Schema(description = "Null for service users and carers with no organisation")
        Long organisationId,

        @Schema(
                description = "Send an invitation to sign in (true when left out); false adds someone who will not"
                        + " sign in")
        Boolean invite,

        @Schema(description = "Platform administrator; only with an invitation")
        Boolean administrator,

        @Schema(description = "Refused: people choose their own password from the invitation email", deprecated = true)
        String password) {

    boolean makeAdministrator() {
        return Boolean.TRUE.equals(administrator);
    }

    boolean sendInvitation() {
        return !Boolean.FALSE.equals(invite);
    }

    PersonDetails details() {
        return new PersonDetails(fullName, email, jobTitle, organisationId);
    }
}
