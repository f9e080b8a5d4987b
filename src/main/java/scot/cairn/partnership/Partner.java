package scot.cairn.partnership;

import org.springframework.data.relational.core.mapping.Table;

/** An organisation taking part in a partnership, with its standing. */
@Table("partnership_partner")
record Partner(Long organisationId, Standing standing) {}
