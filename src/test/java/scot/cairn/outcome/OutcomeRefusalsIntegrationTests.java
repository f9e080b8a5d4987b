package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.ClosureRoute;
import scot.cairn.partnership.PartnershipScope;
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
    scot.cairn.governance.GroupService groups;

    @Autowired
    FrameworkService frameworks;

    @Autowired
    SignoffService signoffs;

    @Autowired
    PartnershipService partnerships;

    @Test
    void anObserverOnTheBoardCannotApproveAPeriod() {
        long id = fixtures.partnership();
        var fiona = users.current(DemoUsers.FIONA);
        var board = groups.groups(id, fiona).stream()
                .filter(g -> g.kind() == scot.cairn.governance.GroupKind.BOARD)
                .findFirst()
                .orElseThrow();
        groups.addMember(id, board.id(), scot.cairn.governance.MemberDetails.of(DemoUsers.SAM, true), fiona);
        var q3 = Period.ofQuarter(2026, 3);
        signoffs.submit(id, q3, fiona);
        var sam = users.current(DemoUsers.SAM);

        assertThatThrownBy(() -> signoffs.approve(
                        id, q3, signoffs.signoff(id, q3, sam).orElseThrow().version(), sam))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(PartnershipScope.OBSERVERS_READ);
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
