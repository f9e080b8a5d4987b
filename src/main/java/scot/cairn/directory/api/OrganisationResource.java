package scot.cairn.directory.api;

import io.swagger.v3.oas.annotations.media.Schema;
import scot.cairn.directory.OrganisationSummary;
import scot.cairn.directory.OrganisationType;
import scot.cairn.directory.Sector;

/** An organisation as the API shows it. Optional fields are null when not known. */
record OrganisationResource(
        long id,

        @Schema(description = "Send this back when changing the organisation")
        int version,

        String name,
        Sector sector,
        OrganisationType type,
        String charityNumber,
        String companyNumber,
        String region) {

    static OrganisationResource of(OrganisationSummary o) {
        return new OrganisationResource(
                o.id(), o.version(), o.name(), o.sector(), o.type(), o.charityNumber(), o.companyNumber(), o.region());
    }
}
