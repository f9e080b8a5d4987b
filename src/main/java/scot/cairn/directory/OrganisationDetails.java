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
        @NotBlank(message = "{directory.organisation.nameMissing}")
        @Size(max = 200, message = "{directory.organisation.nameTooLong}")
        String name,

        @NotNull(message = "{directory.organisation.sectorMissing}")
        Sector sector,

        @NotNull(message = "{directory.organisation.typeMissing}")
        OrganisationType type,

        @Pattern(regexp = "^$|^\\s*[Ss][Cc]\\s*\\d{6}\\s*$", message = "{directory.organisation.charityNumberInvalid}")
        String charityNumber,

        @Pattern(
                regexp = "^$|^\\s*([0-9]{8}|[A-Za-z]{2}[0-9]{6})\\s*$",
                message = "{directory.organisation.companyNumberInvalid}")
        String companyNumber,

        @Size(max = 100, message = "{directory.organisation.regionTooLong}")
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
