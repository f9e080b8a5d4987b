package scot.cairn.governance;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import scot.cairn.partnership.Editors;

/**
 * The documents of a partnership that are signed or approved, each with its sections in a fixed order. The MoU is
 * signed by every core partner's Senior Sponsor; the PID and the service specification are approved by the
 * Governance Group. The Project Manager writes the MoU and the PID (the two governing documents); the Procurement
 * Representative writes the specification, whose sections also carry what the partnership's records say (see
 * {@link DocumentExtension}).
 */
public enum DocumentKind {
    MOU(
            "Memorandum of Understanding",
            "MoU",
            List.of(
                    new DocumentSection("parties", "Parties", "Who the partners are and who signs for each"),
                    new DocumentSection("purpose", "Purpose", "What the partnership is for"),
                    new DocumentSection("principles", "Principles", "How the partners will work together"),
                    new DocumentSection("roles", "Roles", "Who does what in the partnership"),
                    new DocumentSection("commitments", "Commitments", "What each partner puts in: people, time, money"),
                    new DocumentSection(
                            "information-sharing", "Information sharing", "What is shared, with whom and how"),
                    new DocumentSection(
                            "conflicts-of-interest",
                            "Conflicts of interest",
                            "How conflicts are declared and handled, including for a later tender"),
                    new DocumentSection(
                            "duration-and-exit", "Duration and exit", "How long it lasts and how a partner leaves"))),
    PID(
            "Project Initiation Document",
            "PID",
            List.of(
                    new DocumentSection("background", "Background", "Why the partnership exists"),
                    new DocumentSection("objectives", "Objectives", "What the project will achieve"),
                    new DocumentSection("scope", "Scope", "What is in and out of scope"),
                    new DocumentSection("deliverables", "Deliverables", "What the project will produce"),
                    new DocumentSection("stages-and-plan", "Stages and plan", "The stages and the main milestones"),
                    new DocumentSection("governance", "Governance", "The groups, roles and how decisions are made"),
                    new DocumentSection("risks", "Risks", "The main risks and how they are managed"),
                    new DocumentSection("budget", "Budget", "What it costs and who pays"),
                    new DocumentSection("success-measures", "Success measures", "How everyone will know it worked"))),
    SPEC(
            "Service specification",
            "Specification",
            List.of(
                    new DocumentSection(
                            "service", "The service and who it is for", "What the service does and for whom"),
                    new DocumentSection(
                            "outcomes", "Outcomes", "The outcomes the provider must achieve and how they are measured"),
                    new DocumentSection("volumes", "Volumes and service metrics", "How many people, how much service"),
                    new DocumentSection(
                            "quality-and-staffing",
                            "Quality and staffing",
                            "The standards the service and its staff meet"),
                    new DocumentSection(
                            "community-benefits",
                            "Community benefits",
                            "What the contract gives back to the community"),
                    new DocumentSection(
                            "pricing",
                            "Pricing model",
                            "Fixed price, price per unit or payment for outcomes, and the rates"),
                    new DocumentSection(
                            "data-and-reporting",
                            "Data and reporting",
                            "What the provider records and reports, and when"),
                    new DocumentSection(
                            "tupe-and-transition",
                            "TUPE and transition",
                            "Staff who may transfer and how the service moves"),
                    new DocumentSection(
                            "contract-period", "Contract period", "How long the contract lasts and any extensions")));

    /**
     * One section: its key in forms and the API, its heading and a hint for whoever writes it. The English heading is
     * part of the text that signatures cover, so it never changes; pages show the heading and hint from the bundle.
     */
    public record DocumentSection(String key, String heading, String hint) {

        /** The bundle key of the heading, such as {@code governance.section.parties}. */
        public String headingKey() {
            return "governance.section." + key;
        }

        /** The bundle key of the hint for whoever writes the section. */
        public String hintKey() {
            return headingKey() + ".hint";
        }
    }

    private final String title;
    private final String shortName;
    private final List<DocumentSection> sections;

    DocumentKind(String title, String shortName, List<DocumentSection> sections) {
        this.title = title;
        this.shortName = shortName;
        this.sections = sections;
    }

    /** Who writes this kind: the Project Manager for the MoU and the PID, the Procurement Representative else. */
    public Editors editors() {
        return this == SPEC ? Editors.PROCUREMENT : Editors.DOCUMENTS;
    }

    /** The MoU and the PID, which the governance pages list; the specification belongs to the Tender pages. */
    public boolean governing() {
        return this != SPEC;
    }

    /** Whether the board approves this kind jointly (the PID and the specification), rather than sponsors signing. */
    public boolean approvedByBoard() {
        return this != MOU;
    }

    public String title() {
        return title;
    }

    /** "MoU", "PID" or "Specification", for messages in logs and exceptions that nobody reads on a page. */
    public String shortName() {
        return shortName;
    }

    /** The bundle key of a word or sentence about this kind, such as {@code governance.documentKind.MOU.sign}. */
    public String key(String suffix) {
        return "governance.documentKind." + name() + "." + suffix;
    }

    /** The bundle key of the full name: "Memorandum of Understanding". */
    public String titleKey() {
        return "governance.documentKind." + name();
    }

    /** The bundle key of the short name: "MoU". */
    public String shortKey() {
        return key("short");
    }

    /** The bundle key of "Nobody has written the MoU yet." */
    public String notWrittenKey() {
        return key("notWritten");
    }

    /** The bundle key of the button that starts the first version. */
    public String writeKey() {
        return key("write");
    }

    /** The sections in the order the document shows them; never empty. */
    public List<DocumentSection> sections() {
        return sections;
    }

    /** The kind's name in addresses: "mou", "pid" or "spec". */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DocumentKind> fromSlug(String slug) {
        for (var kind : values()) {
            if (kind.slug().equalsIgnoreCase(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
