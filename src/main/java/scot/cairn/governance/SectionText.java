package scot.cairn.governance;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The text of one section in one version of a document, empty when not written yet, and what the partnership's
 * records said for that section when the version was saved (empty for the MoU and the PID); never null.
 */
@Table("governance_document_section")
record SectionText(String section, String text, String fromRecords) {}
