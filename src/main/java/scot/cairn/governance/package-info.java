/**
 * How a partnership governs itself: its groups (board, project team, communications group, service-user forum and
 * the forum of informed providers) with their members, the individual roles people hold and the time they commit,
 * the checks on who sits where, and who carries each responsibility. Access follows the partnership: members read,
 * managers change, everyone else gets 404. The board keeps a decision log; its members approve decisions.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Governance",
        allowedDependencies = {"platform", "directory", "identity", "partnership"})
package scot.cairn.governance;
