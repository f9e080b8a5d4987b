package scot.cairn.governance;

import org.springframework.data.relational.core.mapping.Table;

/** A person in a group, representing {@code organisationId}, or taking part as a service user when it is null. */
@Table("governance_group_member")
record GroupMember(Long personId, Long organisationId) {

    boolean serviceUser() {
        return organisationId == null;
    }
}
