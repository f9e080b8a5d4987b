package scot.cairn.directory.api;

import io.swagger.v3.oas.annotations.media.Schema;
import scot.cairn.directory.OrganisationDetails;
import scot.cairn.directory.OrganisationType;
import scot.cairn.directory.Sector;

/**
 * An organisation to add. The directory checks the fields (name required, at most 200 characters; charity number
 * like SC012345) and answers 400 with one message per field.
 */
record NewOrganisation(
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
