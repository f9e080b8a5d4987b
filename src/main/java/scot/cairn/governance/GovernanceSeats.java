package scot.cairn.governance;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.Sector;

/**
 * Who sits where, for the modules and features that ask "may this person sign or approve?": a person's seat on the
 * Governance Group / Project Board, the roles they hold and the organisations they are Senior Sponsor for. Answers
 * questions only; it never checks that the asker may see the partnership (callers do that first).
 */
@Component
@Transactional(readOnly = true)
public class GovernanceSeats {

    /**
     * A seat on the board: the organisation represented and its sector, both null for a service user or carer.
     */
    public record BoardSeat(long personId, Long organisationId, Sector sector) {

        public boolean serviceUser() {
            return organisationId == null;
        }
    }

    private final GroupRepository groups;
    private final RoleRepository roles;
    private final OrganisationService organisations;

    GovernanceSeats(GroupRepository groups, RoleRepository roles, OrganisationService organisations) {
        this.groups = groups;
        this.roles = roles;
        this.organisations = organisations;
    }

    /** Everyone on the partnership's Governance Group / Project Board. */
    public List<BoardSeat> board(long partnershipId) {
        return groups.findByPartnershipIdAndKind(partnershipId, GroupKind.BOARD)
                .map(group -> group.members().stream()
                        .map(this::seat)
                        .sorted(java.util.Comparator.comparingLong(BoardSeat::personId))
                        .toList())
                .orElse(List.of());
    }

    /** The person's seat on the board, if they have one. */
    public Optional<BoardSeat> boardSeat(long partnershipId, long personId) {
        return board(partnershipId).stream()
                .filter(seat -> seat.personId() == personId)
                .findFirst();
    }

    /** True when the person holds at least one of {@code anyOf} in the partnership. */
    public boolean holds(long partnershipId, long personId, Role... anyOf) {
        var wanted = Arrays.asList(anyOf);
        return roles.findByPartnershipId(partnershipId).stream()
                .anyMatch(a -> a.personId() == personId && wanted.contains(a.role()));
    }

    /** The organisations the person is Senior Sponsor for in the partnership (normally one, or none). */
    public List<Long> sponsoredOrganisations(long partnershipId, long personId) {
        return roles.findByPartnershipId(partnershipId).stream()
                .filter(a -> a.role() == Role.SENIOR_SPONSOR && a.personId() == personId && a.organisationId() != null)
                .map(RoleAssignment::organisationId)
                .toList();
    }

    private BoardSeat seat(GroupMember member) {
        if (member.organisationId() == null) {
            return new BoardSeat(member.personId(), null, null);
        }
        var organisation = organisations.get(member.organisationId());
        return new BoardSeat(member.personId(), member.organisationId(), organisation.sector());
    }
}
