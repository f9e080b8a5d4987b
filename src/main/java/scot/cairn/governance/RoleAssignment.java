package scot.cairn.governance;

import java.math.BigDecimal;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.partnership.Role;

/**
 * A person holding a role in one partnership, for the organisation they represent (null for a service user
 * representative, and for a facilitator without an organisation), committing some days a month. Only a Senior
 * Sponsor can be the lead. The rules that need the other assignments are in {@link RoleRules}.
 */
@Table("governance_role_assignment")
class RoleAssignment {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private Role role;
    private Long personId;
    private Long organisationId;
    private BigDecimal daysPerMonth;
    private boolean lead;

    @PersistenceCreator
    RoleAssignment(
            Long id,
            Integer version,
            Long partnershipId,
            Role role,
            Long personId,
            Long organisationId,
            BigDecimal daysPerMonth,
            boolean lead) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.role = role;
        this.personId = personId;
        this.organisationId = organisationId;
        this.daysPerMonth = daysPerMonth;
        this.lead = lead;
    }

    static RoleAssignment assign(long partnershipId, RoleRules.Candidate c) {
        return new RoleAssignment(
                null, null, partnershipId, c.role(), c.personId(), c.organisationId(), c.daysPerMonth(), false);
    }

    void change(RoleRules.Candidate c) {
        this.role = c.role();
        this.personId = c.personId();
        this.organisationId = c.organisationId();
        this.daysPerMonth = c.daysPerMonth();
        if (role != Role.SENIOR_SPONSOR) {
            lead = false;
        }
    }

    void lead(boolean lead) {
        this.lead = lead && role == Role.SENIOR_SPONSOR;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    Long partnershipId() {
        return partnershipId;
    }

    Role role() {
        return role;
    }

    Long personId() {
        return personId;
    }

    Long organisationId() {
        return organisationId;
    }

    BigDecimal daysPerMonth() {
        return daysPerMonth;
    }

    boolean lead() {
        return lead;
    }

    boolean leadSponsor() {
        return lead && role == Role.SENIOR_SPONSOR;
    }
}
