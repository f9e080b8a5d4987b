package scot.cairn.tendering;

import org.springframework.data.relational.core.mapping.Table;

/** One interest in a declaration; {@code organisationId} is one of the partnership's partners, or null. */
@Table("tendering_interest")
record Interest(InterestKind kind, Long organisationId, String description) {}
