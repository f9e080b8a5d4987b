package scot.cairn.governance;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.Sector;
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
    private final JdbcClient jdbc;

    GovernanceSeats(GroupRepository groups, RoleRepository roles, OrganisationService organisations, JdbcClient jdbc) {
        this.groups = groups;
        this.roles = roles;
        this.organisations = organisations;
        this.jdbc = jdbc;
    }

    @Override
    public Seat seatOf(long partnershipId, long personId) {
        var held = new HashSet<Role>();
        roles.findByPartnershipId(partnershipId).stream()
                .filter(a -> a.personId() == personId)
                .forEach(a -> held.add(a.role()));
        return new Seat(boardSeat(partnershipId, personId).orElse(null), held);
    }

    /** Two queries, however many partnerships: the person's board seats with their sectors, and their roles. */
    @Override
    public Map<Long, Seat> seatsOf(long personId) {
        var boards = new HashMap<Long, BoardSeat>();
        jdbc.sql("""
                        select g.partnership_id, m.organisation_id, o.sector
                        from governance_group_member m
                        join governance_group g on g.id = m.group_id and g.kind = 'BOARD'
                        left join directory_organisation o on o.id = m.organisation_id
                        where m.person_id = ?
                        """).param(personId).query(rs -> {
            long org = rs.getLong("organisation_id");
            Long organisation = rs.wasNull() ? null : org;
            String sector = rs.getString("sector");
            boards.put(
                    rs.getLong("partnership_id"),
                    new BoardSeat(personId, organisation, sector == null ? null : Sector.valueOf(sector)));
        });
        var held = new HashMap<Long, Set<Role>>();
        jdbc.sql("select partnership_id, role from governance_role_assignment where person_id = ?")
                .param(personId)
                .query(rs -> {
                    held.computeIfAbsent(rs.getLong("partnership_id"), k -> new HashSet<>())
                            .add(Role.valueOf(rs.getString("role")));
                });
        var seats = new HashMap<Long, Seat>();
        boards.forEach((id, seat) -> seats.put(id, new Seat(seat, held.getOrDefault(id, Set.of()))));
        held.forEach((id, r) -> seats.putIfAbsent(id, new Seat(null, r)));
        return seats;
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
