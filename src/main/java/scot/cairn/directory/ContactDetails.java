package scot.cairn.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What someone records about a person who has no email address of their own: a name, how to reach them if at all, and
 * what they agreed to (for example "to be contacted by phone about the board; name in the minutes").
 */
public record ContactDetails(
        @NotBlank(message = "{directory.contact.nameMissing}")
        @Size(max = 200, message = "{directory.person.nameTooLong}")
        String fullName,

        @Size(max = 40, message = "{directory.contact.phoneTooLong}")
        @Pattern(regexp = "[0-9 +()\\-]*", message = "{directory.contact.phoneInvalid}")
        String phone,

        @Size(max = 500, message = "{directory.contact.addressTooLong}")
        String postalAddress,

        @NotBlank(message = "{directory.contact.consentMissing}")
        @Size(max = 1000, message = "{directory.contact.consentTooLong}")
        String consent) {

    public ContactDetails normalised() {
        return new ContactDetails(
                fullName == null ? null : fullName.strip().replaceAll("\\s+", " "),
                OrganisationDetails.blankToNull(phone),
                OrganisationDetails.blankToNull(postalAddress),
                consent == null ? null : consent.strip());
    }
}
