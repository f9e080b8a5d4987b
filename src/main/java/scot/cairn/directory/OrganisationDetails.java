package scot.cairn.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user enters about an organisation. Charity and company numbers are optional and unique; a Scottish charity
 * number is SC followed by six digits.
 */
public record OrganisationDetails(
        @NotBlank(message = "Enter the organisation's name")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        String name,

        @NotNull(message = "Choose the sector") Sector sector,

        @NotNull(message = "Choose the type of organisation")
        OrganisationType type,

        @Pattern(regexp = "^$|^\\s*[Ss][Cc]\\s*\\d{6}\\s*$", message = "Enter a Scottish charity number like SC012345")
        String charityNumber,

        @Pattern(
                regexp = "^$|^\\s*([0-9]{8}|[A-Za-z]{2}[0-9]{6})\\s*$",
                message = "Enter a company number of 8 characters, like SC123456 or 01234567")
        String companyNumber,

        @Size(max = 100, message = "Region must be 100 characters or fewer")
        String region) {

    /** The same details with spaces trimmed, numbers upper-cased and blanks turned into nulls. */
    public OrganisationDetails normalised() {
        return new OrganisationDetails(
                name == null ? null : name.strip().replaceAll("\\s+", " "),
                sector,
                type,
                blankToNull(
                        charityNumber == null
                                ? null
                                : charityNumber.replaceAll("\\s", "").toUpperCase()),
                blankToNull(companyNumber == null ? null : companyNumber.strip().toUpperCase()),
                blankToNull(region));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
