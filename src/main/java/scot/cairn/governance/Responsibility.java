package scot.cairn.governance;

import scot.cairn.partnership.Role;
import scot.cairn.platform.Labelled;

/**
 * A duty someone in the partnership must carry, with the role and the group that carry it. When {@code role} is
 * null the whole group carries it; the holders are then the group's members.
 */
public enum Responsibility implements Labelled {
    SIGN_MOU("Get organisational approval and sign the MoU", Role.SENIOR_SPONSOR, GroupKind.BOARD),
    WRITE_PID("Write the PID and the project plan", Role.PROJECT_MANAGER, GroupKind.PROJECT_TEAM),
    REPORT_PROGRESS("Report progress to the board", Role.PROJECT_MANAGER, GroupKind.BOARD),
    REVIEW_RISKS("Review risks and issues", Role.PROJECT_MANAGER, GroupKind.BOARD),
    LEAD_WORKSTREAMS("Plan and lead a workstream", Role.WORKSTREAM_LEAD, GroupKind.PROJECT_TEAM),
    SERVICE_SPECIFICATION(
            "Capture the service specification and community benefits",
            Role.PROCUREMENT_REPRESENTATIVE,
            GroupKind.PROJECT_TEAM),
    MINUTES("Minute meetings and circulate papers", Role.ADMINISTRATIVE_SUPPORT, GroupKind.PROJECT_TEAM),
    COMMUNICATIONS(
            "Lead communications and keep informed providers updated",
            Role.COMMUNICATIONS_LEAD,
            GroupKind.COMMUNICATIONS),
    ANALYSIS("Analyse data and evidence", Role.ANALYST, GroupKind.PROJECT_TEAM),
    SUSTAINABILITY("Define what funders need to keep funding the service", Role.SUSTAINABILITY_LEAD, GroupKind.BOARD),
    FACILITATION("Facilitate workshops and meetings", Role.FACILITATOR, GroupKind.PROJECT_TEAM),
    USER_VOICE(
            "Bring the experience of people who use the service",
            Role.SERVICE_USER_REPRESENTATIVE,
            GroupKind.SERVICE_USER_FORUM),
    SIGN_OFF("Sign off stages, deliverables and closure", null, GroupKind.BOARD);

    private final String label;
    private final Role role;
    private final GroupKind group;

    Responsibility(String label, Role role, GroupKind group) {
        this.label = label;
        this.role = role;
        this.group = group;
    }

    @Override
    public String labelKey() {
        return "governance.responsibility." + name();
    }

    public String label() {
        return label;
    }

    /** The role that carries it, or null when the group as a whole does. */
    public Role role() {
        return role;
    }

    public GroupKind group() {
        return group;
    }
}
