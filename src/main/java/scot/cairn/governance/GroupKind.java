package scot.cairn.governance;

import java.util.List;
import scot.cairn.platform.Labelled;

/**
 * The five kinds of group a partnership may set up, each with what it is for and what it does, in our own words. At
 * most one group of each kind per partnership; only the communications group is optional.
 */
public enum GroupKind implements Labelled {
    BOARD(
            "Governance Group / Project Board",
            false,
            "Where public and third-sector partners, with people who use the service, take the big decisions together.",
            List.of(
                    "Holds both sectors and service-user voices so decisions are shared, not imposed",
                    "Approves the Project Initiation Document, the project plan and strategies",
                    "Commits the money and authority the project needs",
                    "Hears the Project Manager's progress reports and acts on slipping timescales",
                    "Weighs risks, issues and departures from the plan and decides what to do",
                    "Signs off each stage, its deliverables and the closure of the project")),
    PROJECT_TEAM(
            "Project Team",
            false,
            "The people doing the work in the plan, led by the Project Manager and organised in workstreams.",
            List.of(
                    "Carries out the tasks in the project plan",
                    "Splits the work into workstreams, each with a lead who reports to the Project Manager",
                    "Feeds its progress, through the Project Manager, to the board",
                    "Mixes public and third-sector staff with people who use the service")),
    COMMUNICATIONS(
            "Communications Group",
            true,
            "An optional group for larger partnerships that helps the Communications Lead plan and deliver messages.",
            List.of(
                    "Shapes the communications strategy and its separate strands",
                    "Keeps communications on plan and on time, using every suitable channel",
                    "Acts as the single point for messages out and enquiries in",
                    "Keeps organisations that asked to be informed or consulted up to date",
                    "Decides how and in what tone service users are engaged")),
    SERVICE_USER_FORUM(
            "Service User Consultation Forum",
            false,
            "A small, known group of people who use the service, asked for feedback on the design as it develops.",
            List.of(
                    "Gives feedback on chosen parts of the design",
                    "Can run parts of the engagement itself, such as interviewing other service users",
                    "Complements, never replaces, service users at every level of the partnership")),
    INFORMED_PROVIDERS(
            "Forum of Consulted / Informed Providers",
            false,
            "Providers outside the core partnership who want to be kept informed, so a later tender stays fair.",
            List.of(
                    "Lists organisations that did not sign the MoU but want news of the work",
                    "Receives regular updates on what the partnership is doing and plans to do",
                    "Keeps the process open, so outside providers can still bid fairly for the contract"));

    private final String label;
    private final boolean optional;
    private final String purpose;
    private final List<String> responsibilities;

    GroupKind(String label, boolean optional, String purpose, List<String> responsibilities) {
        this.label = label;
        this.optional = optional;
        this.purpose = purpose;
        this.responsibilities = responsibilities;
    }

    @Override
    public String labelKey() {
        return "governance.groupKind." + name();
    }

    public String label() {
        return label;
    }

    public boolean optional() {
        return optional;
    }

    public String purpose() {
        return purpose;
    }

    public List<String> responsibilities() {
        return responsibilities;
    }

    /** The informed-providers forum lists organisations; every other group lists people. */
    public boolean holdsOrganisations() {
        return this == INFORMED_PROVIDERS;
    }
}
