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
    MANAGERS(true, false, Set.of(), "Only the partnership's managers can change this."),
    /** MoU and PID drafts. */
    DOCUMENTS(
            true,
            false,
            Set.of(Role.PROJECT_MANAGER),
            "Only the Project Manager or the partnership's managers can edit the MoU and the PID."),
    /** Proposing and changing draft decisions. */
    DECISIONS(
            true, true, Set.of(), "Only the partnership's managers and board members can propose or change decisions."),
    /** Outcomes, indicators, measurements, sustainability evidence, SROI analyses and reviews. */
    EVIDENCE(
            true,
            false,
            Set.of(Role.ANALYST, Role.SUSTAINABILITY_LEAD, Role.PROJECT_MANAGER),
            "Only the partnership's managers, analysts, sustainability lead and project manager can change its"
                    + " evidence."),
    /** Signing the MoU, each for their own organisation. */
    SPONSORS(
            false,
            false,
            Set.of(Role.SENIOR_SPONSOR),
            "Only a core partner's Senior Sponsor can sign the MoU, and only for their own organisation.");

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
        return (managers && access.manages())
                || (boardMembers && access.onBoard())
                || roles.stream().anyMatch(access::holds);
    }

    /** Who may, as a sentence for a refusal. */
    public String refusal() {
        return refusal;
    }
}
