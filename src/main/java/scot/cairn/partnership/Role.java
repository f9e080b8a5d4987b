package scot.cairn.partnership;

import scot.cairn.platform.Labelled;

/** The individual roles in a partnership, each with a short description in our own words. */
public enum Role implements Labelled {
    SENIOR_SPONSOR(
            "Senior Sponsor",
            "A senior leader of one core partner: gets their organisation's approval, signs the MoU, and makes sure it"
                    + " gives the partnership the people and time it needs. One sponsor is the lead."),
    PROJECT_MANAGER(
            "Partnership / Project Manager",
            "Runs the partnership day to day: writes the PID and plan, tracks risks and issues, chairs the project"
                    + " team and reports progress to the board."),
    WORKSTREAM_LEAD(
            "Service Design / Workstream Lead",
            "Plans and leads one piece of the work, draws on partners and service users, and reports to the Project"
                    + " Manager."),
    COMMUNICATIONS_LEAD(
            "Communications Lead",
            "Writes and runs the communications plan, answers enquiries for the partnership and keeps informed"
                    + " providers up to date."),
    ANALYST(
            "Analyst",
            "Works out what data each workstream needs, analyses it and presents it so everyone can understand it."),
    FACILITATOR(
            "Facilitator",
            "Optional and independent of the partners: runs workshops and meetings so that different views reach a"
                    + " shared answer."),
    SUSTAINABILITY_LEAD(
            "Sustainability Lead",
            "Finds out what the public bodies that will pay for the service need to see (outcomes, costs, volumes)"
                    + " and makes sure the evidence is gathered."),
    PROCUREMENT_REPRESENTATIVE(
            "Procurement Representative",
            "From a public-sector partner: keeps procurement colleagues informed, puts the timeline in the"
                    + " procurement plan, and captures the service specification and community benefits."),
    ADMINISTRATIVE_SUPPORT(
            "Administrative Support",
            "Books meetings, sends agendas and papers in good time, takes minutes and shares the actions."),
    SERVICE_USER_REPRESENTATIVE(
            "Service User Representative",
            "Someone who uses the service, or a family member or carer, who brings that experience to the partnership."
                    + " Takes part in their own right, not for an organisation.");

    private final String label;
    private final String description;

    Role(String label, String description) {
        this.label = label;
        this.description = description;
    }

    @Override
    public String labelKey() {
        return "partnership.role." + name();
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Service user representatives take part for themselves; facilitators come from outside the core partners. */
    public boolean representsOrganisation() {
        return this != SERVICE_USER_REPRESENTATIVE && this != FACILITATOR;
    }
}
