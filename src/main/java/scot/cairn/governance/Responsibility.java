package scot.cairn.governance;

import scot.cairn.partnership.Role;
import scot.cairn.platform.Labelled;

/**
 * A duty someone in the partnership must carry, with the role and the group that carry it. When {@code role} is
 * null the whole group carries it; the holders are then the group's members.
 */
public enum Responsibility implements Labelled {
    SIGN_MOU(Role.SENIOR_SPONSOR, GroupKind.BOARD),
    WRITE_PID(Role.PROJECT_MANAGER, GroupKind.PROJECT_TEAM),
    REPORT_PROGRESS(Role.PROJECT_MANAGER, GroupKind.BOARD),
    REVIEW_RISKS(Role.PROJECT_MANAGER, GroupKind.BOARD),
    LEAD_WORKSTREAMS(Role.WORKSTREAM_LEAD, GroupKind.PROJECT_TEAM),
    SERVICE_SPECIFICATION(Role.PROCUREMENT_REPRESENTATIVE, GroupKind.PROJECT_TEAM),
    MINUTES(Role.ADMINISTRATIVE_SUPPORT, GroupKind.PROJECT_TEAM),
    COMMUNICATIONS(Role.COMMUNICATIONS_LEAD, GroupKind.COMMUNICATIONS),
    ANALYSIS(Role.ANALYST, GroupKind.PROJECT_TEAM),
    SUSTAINABILITY(Role.SUSTAINABILITY_LEAD, GroupKind.BOARD),
    FACILITATION(Role.FACILITATOR, GroupKind.PROJECT_TEAM),
    USER_VOICE(Role.SERVICE_USER_REPRESENTATIVE, GroupKind.SERVICE_USER_FORUM),
    SIGN_OFF(null, GroupKind.BOARD);

    private final Role role;
    private final GroupKind group;

    Responsibility(Role role, GroupKind group) {
        this.role = role;
        this.group = group;
    }

    @Override
    public String labelKey() {
        return "governance.responsibility." + name();
    }

    /** The role that carries it, or null when the group as a whole does. */
    public Role role() {
        return role;
    }

    public GroupKind group() {
        return group;
    }
}
