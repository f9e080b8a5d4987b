package scot.cairn.partnership;

import java.util.Set;

/**
 * The named sets of people who may change each part of a partnership, besides reading it. Managers and platform
 * administrators are in every set but {@link #SPONSORS}; everyone else must take part (be a manager or member, not an
 * observer) and hold one of the roles, or a seat on the board where the set says so. A closed partnership changes for
 * nobody. The one list of who edits what: modules name a set here rather than checking roles themselves.
 */
public enum Editors {
    /** The partnership itself, its partners, members, stages, assessment and governance set-up. */
    MANAGERS(true, false, Set.of(), "partnership.editors.MANAGERS"),
    /** MoU and PID drafts. */
    DOCUMENTS(true, false, Set.of(Role.PROJECT_MANAGER), "partnership.editors.DOCUMENTS"),
    /** Proposing and changing draft decisions. */
    DECISIONS(true, true, Set.of(), "partnership.editors.DECISIONS"),
    /** Outcomes, indicators, measurements, sustainability evidence, SROI analyses and reviews. */
    EVIDENCE(
            true,
            false,
            Set.of(Role.ANALYST, Role.SUSTAINABILITY_LEAD, Role.PROJECT_MANAGER),
            "partnership.editors.EVIDENCE"),
    /** The plan: tasks and milestones. */
    PLAN(true, false, Set.of(Role.PROJECT_MANAGER), "partnership.editors.PLAN"),
    /** The risks and issues register. */
    RISKS(true, false, Set.of(Role.PROJECT_MANAGER), "partnership.editors.RISKS"),
    /** Meetings of the partnership's groups: scheduling, invitees, agendas and attendance. */
    MEETINGS(true, false, Set.of(Role.PROJECT_MANAGER, Role.ADMINISTRATIVE_SUPPORT), "partnership.editors.MEETINGS"),
    /** The communications plan and its activities. */
    COMMUNICATIONS(
            true, false, Set.of(Role.COMMUNICATIONS_LEAD, Role.PROJECT_MANAGER), "partnership.editors.COMMUNICATIONS"),
    /** Consultations of the people who use the service: questions, opening and closing, answers entered by hand. */
    CONSULTATIONS(
            true,
            false,
            Set.of(Role.WORKSTREAM_LEAD, Role.PROJECT_MANAGER, Role.SERVICE_USER_REPRESENTATIVE),
            "partnership.editors.CONSULTATIONS"),
    /** The road to tender: reviewing declarations of interests. */
    PROCUREMENT(true, false, Set.of(Role.PROCUREMENT_REPRESENTATIVE), "partnership.editors.PROCUREMENT"),
    /** Highlight reports to the board, until submitted. */
    REPORTS(true, false, Set.of(Role.PROJECT_MANAGER), "partnership.editors.REPORTS"),
    /** Signing the MoU, each for their own organisation. */
    SPONSORS(false, false, Set.of(Role.SENIOR_SPONSOR), "partnership.editors.SPONSORS");

    private final boolean managers;
    private final boolean boardMembers;
    private final Set<Role> roles;
    private final String refusal;

    Editors(boolean managers, boolean boardMembers, Set<Role> roles, String refusal) {
        this.managers = managers;
        this.boardMembers = boardMembers;
        this.roles = roles;
        this.refusal = refusal;
    }

    /** Whether the person may change this part, leaving aside whether the partnership is open. */
    boolean admits(Access access) {
        return admits(access.manages(), access.onBoard(), access::holds);
    }

    /** As {@link #admits(Access)}, for whatever answers the same three questions (a {@link Desk.Place}). */
    boolean admits(boolean manages, boolean onBoard, java.util.function.Predicate<Role> holds) {
        return (this.managers && manages)
                || (boardMembers && onBoard)
                || roles.stream().anyMatch(holds);
    }

    /** The bundle key of who may, as a sentence for a refusal: {@code new ForbiddenException(editors.refusal())}. */
    public String refusal() {
        return refusal;
    }
}
