package scot.cairn.governance;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.OrganisationService;
import scot.cairn.partnership.BoardSeat;
import scot.cairn.partnership.Role;
import scot.cairn.partnership.Seating;

/**
 * Who sits where: a person's seat on the Governance Group / Project Board, the roles they hold and the organisations
 * they are Senior Sponsor for. It answers the partnership's access model ({@link Seating}); it decides nothing itself
 * and never checks that the asker may see the partnership.
 */
@Component
@Transactional(readOnly = true)
class GovernanceSeats implements Seating {

    private final GroupRepository groups;
    private final RoleRepository roles;
    private final OrganisationService organisations;

    GovernanceSeats(GroupRepository groups, RoleRepository roles, OrganisationService organisations) {
        this.groups = groups;
        this.roles = roles;
        this.organisations = organisations;
    }

    @Override
    public Seat seatOf(long partnershipId, long personId) {
        var held = new HashSet<Role>();
        roles.findByPartnershipId(partnershipId).stream()
                .filter(a -> a.personId() == personId)
                .forEach(a -> held.add(a.role()));
        return new Seat(boardSeat(partnershipId, personId).orElse(null), held);
    }

    /** Everyone on the partnership's Governance Group / Project Board, by person id. */
    List<BoardSeat> board(long partnershipId) {
        return groups.findByPartnershipIdAndKind(partnershipId, GroupKind.BOARD)
                .map(group -> group.members().stream()
                        .map(this::seat)
                        .sorted(java.util.Comparator.comparingLong(BoardSeat::personId))
                        .toList())
                .orElse(List.of());
    }

    /** The person's seat on the board, if they have one. */
    Optional<BoardSeat> boardSeat(long partnershipId, long personId) {
        return groups.findByPartnershipIdAndKind(partnershipId, GroupKind.BOARD)
                .flatMap(group -> group.members().stream()
                        .filter(m -> m.personId() == personId)
                        .findFirst())
                .map(this::seat);
    }

    /** The organisations the person is Senior Sponsor for in the partnership (normally one, or none). */
    List<Long> sponsoredOrganisations(long partnershipId, long personId) {
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
