/**
 * The evidence a partnership collects: its outcome framework (stakeholder groups, the outcomes they experience, and
 * the indicators that show them) and measurements of each indicator per period, entered on a grid or imported from a
 * spreadsheet. Who changes it is the partnership's access model's Editors.EVIDENCE set (managers, analysts, the
 * sustainability lead and the project manager); periods are approved jointly by the board; other members and
 * observers read it; to anyone else it does not exist.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Outcome",
        allowedDependencies = {"platform", "directory", "identity", "partnership"})
package scot.cairn.outcome;
