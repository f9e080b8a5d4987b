/**
 * The Partnership aggregate: its partners (core, consulted, informed), members and their roles, the lifecycle
 * Explore, Design, Pilot, Tender, Delivery (or Closed by another route), the appropriateness assessment, and the gates
 * between stages. Other modules add gate criteria by implementing {@link scot.cairn.partnership.GateCriterion}.
 *
 * <p>It also holds the one access model: {@link scot.cairn.partnership.PartnershipScope} decides who reads a
 * partnership, who edits each part ({@link scot.cairn.partnership.Editors}, named sets of roles) and who approves the
 * board's business (people who take part and sit on the board, never observers); every sign-off that needs both
 * sectors uses {@link scot.cairn.partnership.JointApproval}. No other module decides access. Seats and roles come
 * from governance through {@link scot.cairn.partnership.Seating}. Passing a gate publishes
 * {@link scot.cairn.partnership.StageAdvanced}; adding a member who already signs in (by email or by invitation),
 * {@link scot.cairn.partnership.MemberAdded}; removing one, {@link scot.cairn.partnership.MemberRemoved}. Managers
 * invite people by name and email ({@link scot.cairn.partnership.MemberInvitations}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Partnership",
        allowedDependencies = {"platform", "directory", "identity"})
package scot.cairn.partnership;
