/**
 * Meetings of a partnership's groups (board, project team, communications group, forums): one-off or in a series, when
 * and where in Scotland's time, how the venue is accessible, who is invited (the group's members and guests without
 * accounts), apologies and attendance, the board's quorum, and the agenda with its standing item for the actions from
 * the last meeting. Access is the partnership module's: members read; the Project Manager, Administrative Support and
 * managers arrange meetings ({@code Editors.MEETINGS}); an invitee sends their own apologies; everyone else gets 404.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Meetings",
        allowedDependencies = {"platform", "directory", "identity", "partnership", "governance"})
package scot.cairn.meeting;
