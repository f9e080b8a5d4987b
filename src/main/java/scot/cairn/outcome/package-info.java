/**
 * The evidence a partnership collects: its outcome framework (stakeholder groups, the outcomes they experience, and
 * the indicators that show them) and measurements of each indicator per period, entered on a grid or imported from a
 * spreadsheet. Managers and members of a partnership change it; observers read it; to anyone else it does not exist.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Outcome",
        allowedDependencies = {"platform", "directory", "identity", "partnership"})
package scot.cairn.outcome;
