package scot.cairn.governance;

import org.springframework.data.relational.core.mapping.Table;

/** The text of one section in one version of a document; empty when not written yet, never null. */
@Table("governance_document_section")
record SectionText(String section, String text) {}
