package scot.cairn.directory.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import scot.cairn.directory.OrganisationDetails;
import scot.cairn.directory.OrganisationType;
import scot.cairn.directory.Sector;

/**
 * The whole of an organisation's new details, with the {@code version} the client last read: a change based on an
 * older version is refused with 409 rather than overwriting someone else's.
 */
record OrganisationChange(
        @NotNull(message = "{directory.organisation.versionRequired}")
        Integer version,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200)
        String name,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Sector sector,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) OrganisationType type,
        @Schema(example = "SC012345") String charityNumber,
        @Schema(example = "SC123456") String companyNumber,
        @Schema(maxLength = 100) String region) {

    OrganisationDetails details() {
        return new OrganisationDetails(name, sector, type, charityNumber, companyNumber, region);
    }
}
