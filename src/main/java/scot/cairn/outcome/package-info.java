/**
 * The evidence a partnership collects: its outcome framework (stakeholder groups, the outcomes they experience, and
 * the indicators that show them) and measurements of each indicator per period, entered on a grid or imported from a
 * spreadsheet. Its managers and the people holding the Analyst, Sustainability Lead or Project Manager role change it; other
 * members and observers read it; to anyone else it does not exist.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Outcome",
        allowedDependencies = {"platform", "directory", "identity", "partnership", "governance"})
package scot.cairn.outcome;
