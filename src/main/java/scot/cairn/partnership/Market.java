package scot.cairn.partnership;

/** The market or service area a partnership works in. */
public enum Market {
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

    public String label() {
        return label;
    }
}
