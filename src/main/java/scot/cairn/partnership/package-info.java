/**
 * The Partnership aggregate: its partners (core, consulted, informed), members and their roles, the lifecycle
 * Explore, Design, Pilot, Tender, Delivery (or Closed by another route), the appropriateness assessment, and the gates
 * between stages. Other modules add gate criteria by implementing {@link scot.cairn.partnership.GateCriterion}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Partnership",
        allowedDependencies = {"platform", "directory", "identity"})
package scot.cairn.partnership;
