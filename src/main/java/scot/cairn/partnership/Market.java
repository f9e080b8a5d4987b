package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** The market or service area a partnership works in. */
public enum Market implements Labelled {
    SOCIAL_CARE("Social care"),
    CHILDREN_AND_FAMILIES("Children and families"),
    CRIMINAL_JUSTICE("Criminal justice"),
    HEALTH("Health"),
    HOUSING("Housing"),
    EMPLOYABILITY("Employability"),
    TRANSPORT("Transport"),
    WASTE_MANAGEMENT("Waste management"),
    CULTURE_AND_LEISURE("Culture and leisure"),
    OTHER("Other");

    private final String label;

    Market(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "partnership.market." + name();
    }

    public String label() {
        return label;
    }
}
