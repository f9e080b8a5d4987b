package scot.cairn.planning;

/** A work package as added or changed: what it is, the project team's workstream it belongs to, and its lead. */
public record WorkPackageDetails(String title, String workstream, Long leadId) {}
