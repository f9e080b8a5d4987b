package scot.cairn.report;

import java.util.Map;

/** What the Project Manager writes: commentary by section (blank or missing for none) and the status of the whole. */
public record ReportDetails(Map<ReportSection, String> commentary, ReportRag rag) {}
