package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.ClosureRoute;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Observers read evidence, even from a board seat; a closed partnership's evidence is a record. */
@CairnTest
class OutcomeRefusalsIntegrationTests {

    @Autowired
    DemoUsers users;

    @Autowired
    OutcomeFixtures fixtures;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    FrameworkService frameworks;

    @Autowired
    SignoffService signoffs;

    @Autowired
    PartnershipService partnerships;

    @Test
    void anObserverOnTheBoardCannotApproveAPeriod() {
        long id = governance.fosterCare();
        var sam = users.current(DemoUsers.SAM);

        assertThatThrownBy(() -> signoffs.approve(id, Period.ofQuarter(2026, 4), sam))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(OutcomeAccess.BOARD_ONLY);
    }

    @Test
    void aClosedPartnershipsFrameworkNoLongerChanges() {
        long id = fixtures.partnership();
        var fiona = users.current(DemoUsers.FIONA);
        partnerships.close(id, ClosureRoute.STOPPED, "The pilot did not go ahead.", fiona);

        assertThatThrownBy(() -> frameworks.addStakeholder(id, new StakeholderDetails("Carers", ""), fiona))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(PartnershipView.CLOSED);
        assertThat(frameworks.framework(id, fiona).stakeholders()).isEmpty();
    }
}
