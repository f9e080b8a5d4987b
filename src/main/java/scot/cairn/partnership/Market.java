package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** The market or service area a partnership works in. */
public enum Market implements Labelled {
    SOCIAL_CARE,
    CHILDREN_AND_FAMILIES,
    CRIMINAL_JUSTICE,
    HEALTH,
    HOUSING,
    EMPLOYABILITY,
    TRANSPORT,
    WASTE_MANAGEMENT,
    CULTURE_AND_LEISURE,
    OTHER;

    @Override
    public String labelKey() {
        return "partnership.market." + name();
    }
}
