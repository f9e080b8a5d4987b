package scot.cairn.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a user enters about a person. The email address is their sign-in name and is unique; the organisation is
 * optional (service users and carers may have none).
 */
public record PersonDetails(
        @NotBlank(message = "Enter the person's full name")
        @Size(max = 200, message = "Full name must be 200 characters or fewer")
        String fullName,

        @NotBlank(message = "Enter an email address")
        @Size(max = 320, message = "Email address must be 320 characters or fewer")
        @Email(message = "Enter an email address in the right format, like name@example.org")
        String email,

        @Size(max = 200, message = "Job title must be 200 characters or fewer")
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
