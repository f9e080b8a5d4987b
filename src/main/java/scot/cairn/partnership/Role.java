package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** The individual roles in a partnership, each with a short description in our own words. */
public enum Role implements Labelled {
    SENIOR_SPONSOR("Senior Sponsor"),
    PROJECT_MANAGER("Partnership / Project Manager"),
    WORKSTREAM_LEAD("Service Design / Workstream Lead"),
    COMMUNICATIONS_LEAD("Communications Lead"),
    ANALYST("Analyst"),
    FACILITATOR("Facilitator"),
    SUSTAINABILITY_LEAD("Sustainability Lead"),
    PROCUREMENT_REPRESENTATIVE("Procurement Representative"),
    ADMINISTRATIVE_SUPPORT("Administrative Support"),
    SERVICE_USER_REPRESENTATIVE("Service User Representative");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "partnership.role." + name();
    }

    /**
     * The role's English name, for modules whose words have not moved into their bundles yet; pages show {@link
     * #labelKey()}.
     */
    public String label() {
        return label;
    }

    /** The bundle key of a short description of the role, in our own words. */
    public String descriptionKey() {
        return "partnership.role.description." + name();
    }

    /** Service user representatives take part for themselves; facilitators come from outside the core partners. */
    public boolean representsOrganisation() {
        return this != SERVICE_USER_REPRESENTATIVE && this != FACILITATOR;
    }
}
