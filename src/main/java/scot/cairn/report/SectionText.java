package scot.cairn.report;

import org.springframework.data.relational.core.mapping.Table;

/** One section of a report: the facts generated for it, one per line, and the Project Manager's commentary. */
@Table("report_highlight_section")
record SectionText(ReportSection section, String facts, String commentary) {}
