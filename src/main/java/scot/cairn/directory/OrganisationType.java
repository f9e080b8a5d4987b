package scot.cairn.directory;

import scot.cairn.platform.Labelled;

/** What kind of body an organisation is. */
public enum OrganisationType implements Labelled {
    LOCAL_AUTHORITY("Local authority"),
    NHS_BOARD("NHS board"),
    HEALTH_AND_SOCIAL_CARE_PARTNERSHIP("Health and social care partnership"),
    GOVERNMENT_BODY("Government department or agency"),
    CHARITY("Charity"),
    SOCIAL_ENTERPRISE("Social enterprise"),
    THIRD_SECTOR_INTERFACE("Third sector interface (CVS)"),
    COMMUNITY_GROUP("Community group"),
    HOUSING_ASSOCIATION("Housing association"),
    COMPANY("Company"),
    OTHER("Other");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "directory.organisationType." + name();
    }

    public String label() {
        return label;
    }
}
