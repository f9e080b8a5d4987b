/**
 * How a partnership governs itself: its groups (board, project team, communications group, service-user forum and
 * the forum of informed providers) with their members, the individual roles people hold and the time they commit,
 * the checks on who sits where, and who carries each responsibility. Access is the partnership module's
 * (PartnershipScope): members read, managers change, everyone else gets 404; this module answers its Seating question.
 * The board keeps a decision log; its members who take part approve decisions, and each gate passed is written into
 * it from the StageAdvanced event.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Governance",
        allowedDependencies = {"platform", "directory", "identity", "partnership"})
package scot.cairn.governance;
