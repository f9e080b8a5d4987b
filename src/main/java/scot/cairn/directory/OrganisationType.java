package scot.cairn.directory;

import scot.cairn.platform.Labelled;

/** What kind of body an organisation is. */
public enum OrganisationType implements Labelled {
    LOCAL_AUTHORITY,
    NHS_BOARD,
    HEALTH_AND_SOCIAL_CARE_PARTNERSHIP,
    GOVERNMENT_BODY,
    CHARITY,
    SOCIAL_ENTERPRISE,
    THIRD_SECTOR_INTERFACE,
    COMMUNITY_GROUP,
    HOUSING_ASSOCIATION,
    COMPANY,
    OTHER;

    @Override
    public String labelKey() {
        return "directory.organisationType." + name();
    }
}
