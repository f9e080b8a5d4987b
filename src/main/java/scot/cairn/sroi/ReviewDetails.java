package scot.cairn.sroi;

/**
 * What people enter for a forecast-against-actual review: the quarter (written {@code 2026-Q3}), the approved forecast,
 * the evaluative analysis and the note explaining the differences.
 */
public record ReviewDetails(String quarter, Long forecastId, Long evaluativeId, String note) {}
