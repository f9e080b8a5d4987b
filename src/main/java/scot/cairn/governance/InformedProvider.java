package scot.cairn.governance;

import org.springframework.data.relational.core.mapping.Table;

/** An organisation outside the core partnership that is kept informed through the forum. */
@Table("governance_informed_provider")
record InformedProvider(Long organisationId) {}
