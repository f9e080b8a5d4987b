package scot.cairn.governance.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import scot.cairn.governance.AssignmentDetails;
import scot.cairn.governance.MemberDetails;
import scot.cairn.partnership.Role;

/** The governance pages' forms. Rules that need the partnership are the services' and come back as field errors. */
final class GovernanceForms {

    static final String ORGANISATION = "ORGANISATION";
    static final String SERVICE_USER = "SERVICE_USER";

    private GovernanceForms() {}

    /** A person joining a group: for their organisation, or as a service user, family member or carer. */
    record MemberForm(
            String email,

            Long personId,

            @NotBlank(message = "{governance.group.howMissing}")
            String takingPart) {

        MemberDetails details() {
            return new MemberDetails(personId == null ? email : null, personId, SERVICE_USER.equals(takingPart));
        }
    }

    record WorkstreamForm(
            @NotBlank(message = "{governance.group.workstreamNameMissing}")
            String name,

            @NotNull(message = "{governance.group.leadMissing}")
            Long leadPersonId) {}

    record ProviderForm(
            @NotNull(message = "{governance.group.organisationMissing}")
            Long organisationId) {}

    record AssignmentForm(Role role, String email, BigDecimal daysPerMonth) {
        AssignmentDetails details() {
            return new AssignmentDetails(role, email, daysPerMonth);
        }
    }

    record CapacityForm(String email, BigDecimal capacity) {}
}
