package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.directory.Sector;
import scot.cairn.partnership.Role;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class GovernanceSeatsIntegrationTests {

    @Autowired
    GovernanceFixture governanceFixture;

    @Autowired
    GovernanceSeats seats;

    @Autowired
    DemoUsers users;

    @Test
    void theFosterCareBoardHasBothSectorsAndACarer() {
        long id = fixture().fosterCare();
        var fiona = users.current(DemoUsers.FIONA);
        var david = users.current(DemoUsers.DAVID);
        var sam = users.current(DemoUsers.SAM);

        assertThat(seats.boardSeat(id, fiona.personId()).orElseThrow().sector()).isEqualTo(Sector.PUBLIC);
        assertThat(seats.boardSeat(id, david.personId()).orElseThrow().sector()).isEqualTo(Sector.THIRD);
        assertThat(seats.boardSeat(id, sam.personId()).orElseThrow().serviceUser())
                .isTrue();
        assertThat(seats.boardSeat(id, users.current(DemoUsers.IAIN).personId()))
                .isEmpty();
        assertThat(seats.board(id)).hasSize(3);
    }

    @Test
    void rolesAndSponsorshipsAreAnsweredPerPerson() {
        long id = fixture().fosterCare();
        var fiona = users.current(DemoUsers.FIONA);
        var david = users.current(DemoUsers.DAVID);

        assertThat(seats.seatOf(id, fiona.personId()).roles()).contains(Role.PROJECT_MANAGER);
        assertThat(seats.seatOf(id, david.personId()).roles())
                .contains(Role.ANALYST)
                .doesNotContain(Role.PROJECT_MANAGER, Role.FACILITATOR);
        assertThat(seats.sponsoredOrganisations(id, david.personId())).containsExactly(david.organisationId());
        assertThat(seats.sponsoredOrganisations(id, users.current(DemoUsers.SAM).personId()))
                .isEmpty();
    }

    @Test
    void aPartnershipWithoutABoardHasNoSeats() {
        long id = fixture().newPartnership();
        assertThat(seats.board(id)).isEmpty();
        assertThat(seats.boardSeat(id, users.current(DemoUsers.FIONA).personId()))
                .isEmpty();
    }

    private GovernanceFixture fixture() {
        return governanceFixture;
    }
}
