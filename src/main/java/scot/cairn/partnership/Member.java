package scot.cairn.partnership;

import org.springframework.data.relational.core.mapping.Table;

/** A person with a role in a partnership. */
@Table("partnership_member")
record Member(Long personId, MemberRole role) {}
