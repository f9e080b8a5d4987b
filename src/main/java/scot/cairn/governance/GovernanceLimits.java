package scot.cairn.governance;

import scot.cairn.platform.Limit;

/**
 * How many members, workstreams, providers, role assignments and decisions a partnership's governance may hold. The
 * pages and the API share these, through the services and the group itself.
 */
final class GovernanceLimits {

    /** People in one group (board, project team, communications group or service-user forum). */
    static final Limit GROUP_MEMBERS = new Limit(200, "governance.limit.groupMembers");

    /** Workstreams of the project team. */
    static final Limit WORKSTREAMS = new Limit(50, "governance.limit.workstreams");

    /** Organisations kept informed through the informed-providers forum. */
    static final Limit INFORMED_PROVIDERS = new Limit(500, "governance.limit.providers");

    /** Role assignments in one partnership; each person holds each role at most once. */
    static final Limit ROLE_ASSIGNMENTS = new Limit(500, "governance.limit.roles");

    /** Decisions in one partnership's log, drafts and withdrawn ones included. */
    static final Limit DECISIONS = new Limit(1_000, "governance.limit.decisions");

    private GovernanceLimits() {}
}
