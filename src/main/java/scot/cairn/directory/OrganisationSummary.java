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

    /** Its identifiers in open-data schemes ({@code GB-SC}, {@code GB-COH}); empty when it has no number. */
    public java.util.List<OrgIdentifier> identifiers() {
        return OrgIdentifier.of(charityNumber, companyNumber);
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, sector, type, charityNumber, companyNumber, region);
    }
}
