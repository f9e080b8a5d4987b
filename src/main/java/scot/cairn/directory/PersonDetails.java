package scot.cairn.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a user enters about a person. The email address is their sign-in name and is unique; the organisation is
 * optional (service users and carers may have none).
 */
public record PersonDetails(
        @NotBlank(message = "{directory.person.nameMissing}")
        @Size(max = 200, message = "{directory.person.nameTooLong}")
        String fullName,

        @NotBlank(message = "{directory.person.emailMissing}")
        @Size(max = 320, message = "{directory.person.emailTooLong}")
        @Email(message = "{directory.person.emailInvalid}")
        String email,

        @Size(max = 200, message = "{directory.person.jobTitleTooLong}")
        String jobTitle,

        Long organisationId) {

    public PersonDetails normalised() {
        return new PersonDetails(
                fullName == null ? null : fullName.strip().replaceAll("\\s+", " "),
                email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT),
                OrganisationDetails.blankToNull(jobTitle),
                organisationId);
    }
}
