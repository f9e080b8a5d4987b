package scot.cairn.directory;

/** An organisation as other modules and pages see it. Optional fields are null when not known. */
public record OrganisationSummary(
        long id,
        int version,
        String name,
        Sector sector,
        OrganisationType type,
        String charityNumber,
        String companyNumber,
        String region) {

    public OrganisationDetails details() {
        return new OrganisationDetails(name, sector, type, charityNumber, companyNumber, region);
    }
}
