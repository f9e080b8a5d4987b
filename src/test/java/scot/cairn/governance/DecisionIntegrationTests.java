package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.AuditEvent;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.English;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/**
 * The decision log through its service: who may propose and approve, the approval rule with real board seats, the
 * lock after approval, optimistic locking, superseding, withdrawing and the audit trail.
 */
@CairnTest
class DecisionIntegrationTests {

    @Autowired
    GovernanceFixture governanceFixture;

    @Autowired
    DemoUsers users;

    @Autowired
    MembershipService membership;

    @Autowired
    GroupService groups;

    @Autowired
    DecisionService decisions;

    @Autowired
    AuditTrail audit;

    long id;
    long board;
    CurrentUser fiona;
    CurrentUser david;
    CurrentUser sam;

    /** A fresh partnership: Fiona (public) and Sam (observer, carer) on the board; David a member but not on it. */
    @BeforeEach
    void setUp() {
        var fixture = governanceFixture;
        fiona = users.current(DemoUsers.FIONA);
        david = users.current(DemoUsers.DAVID);
        sam = users.current(DemoUsers.SAM);
        id = fixture.newPartnership();
        membership.setMember(id, DemoUsers.SAM, MemberRole.OBSERVER, fiona);
        board = groups.setUpStandard(id, fiona).stream()
                .filter(g -> g.kind() == GroupKind.BOARD)
                .findFirst()
                .orElseThrow()
                .id();
        groups.addMember(id, board, MemberDetails.of(DemoUsers.FIONA, false), fiona);
        groups.addMember(id, board, MemberDetails.of(DemoUsers.SAM, true), fiona);
    }

    static DecisionDetails details(String title, boolean joint) {
        return new DecisionDetails(
                title,
                "Why it matters.",
                null,
                "What we decided.",
                LocalDate.of(2026, 2, 3),
                joint,
                Stage.DESIGN,
                DocumentLink.PID,
                null);
    }

    DecisionView propose(String title, boolean joint) {
        return decisions.propose(id, null, details(title, joint), fiona);
    }

    void davidJoinsTheBoard() {
        groups.addMember(id, board, MemberDetails.of(DemoUsers.DAVID, false), fiona);
    }

    java.util.List<String> actions(long decisionId) {
        return audit.forSubject(DecisionService.SUBJECT, decisionId).stream()
                .map(AuditEvent::action)
                .toList();
    }

    @Test
    void aJointDecisionNeedsBothSectorsAndIsThenLocked() {
        var d = propose("Proceed to Pilot", true);
        assertThat(d.reference()).isEqualTo("D-1");
        assertThat(d.viewerMayChange()).isTrue();

        d = decisions.approve(id, d.id(), decisions.decision(id, d.id(), fiona).version(), fiona);
        assertThat(d.status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(d.waitingFor()).isEqualTo("Still needs approval from a third-sector board member.");
        membership.setMember(id, DemoUsers.SAM, MemberRole.MEMBER, fiona);
        d = decisions.approve(id, d.id(), decisions.decision(id, d.id(), sam).version(), sam);
        assertThat(d.status()).as("a carer counts for neither sector").isEqualTo(DecisionStatus.DRAFT);

        long decisionId = d.id();
        assertThatThrownBy(() -> decisions.approve(
                        id,
                        decisionId,
                        decisions.decision(id, decisionId, david).version(),
                        david))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(PartnershipScope.BOARD_ONLY);
        assertThat(decisions.decision(id, decisionId, fiona).approvals()).hasSize(2);

        davidJoinsTheBoard();
        assertThat(decisions.decision(id, decisionId, david).viewerMayApprove()).isTrue();
        d = decisions.approve(
                id, decisionId, decisions.decision(id, decisionId, david).version(), david);
        assertThat(d.status()).isEqualTo(DecisionStatus.APPROVED);
        assertThat(English.of(Message.of(d.statusKey()))).isEqualTo("Approved");
        assertThat(d.approvals())
                .extracting(DecisionView.ApprovalView::name, DecisionView.ApprovalView::organisationName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Fiona Reid", "Falkirk Council"),
                        org.assertj.core.groups.Tuple.tuple("Sam Taylor", null),
                        org.assertj.core.groups.Tuple.tuple("David Kerr", "Falkirk CVS"));
        assertThat(d.viewerMayChange()).isFalse();
        assertThat(d.viewerMayApprove()).isFalse();

        String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
                .format(d.approvedAt().atZone(ZoneId.of("Europe/London")));
        int version = d.version();
        assertThatThrownBy(() -> decisions.change(id, decisionId, version, details("Changed", true), fiona))
                .isInstanceOfSatisfying(
                        DecisionLockedException.class,
                        e -> assertThat(English.of(e.reason()))
                                .isEqualTo("This decision was approved on " + day
                                        + "; record a new decision that supersedes it."));
        assertThatThrownBy(() -> decisions.withdraw(
                        id,
                        decisionId,
                        decisions.decision(id, decisionId, fiona).version(),
                        fiona))
                .isInstanceOf(DecisionLockedException.class);
        assertThat(decisions.decision(id, decisionId, fiona).title()).isEqualTo("Proceed to Pilot");
        assertThat(actions(decisionId))
                .containsExactly(
                        "governance.audit.decisionApproved",
                        "governance.audit.approvalGiven",
                        "governance.audit.approvalGiven",
                        "governance.audit.decisionProposed");
        assertThat(audit.forSubject(DecisionService.SUBJECT, decisionId).get(0).changes())
                .contains(
                        "governance.audit.approvedBy: (none) -> David Kerr",
                        "governance.audit.sector: (none) -> directory.sector.THIRD",
                        "governance.audit.nowLocked");
    }

    @Test
    void aServiceUserOnTheBoardApprovesAnOrdinaryDecisionButAnObserverOnlyReads() {
        assertThatThrownBy(() -> decisions.propose(id, null, details("Sam's idea", false), sam))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(scot.cairn.partnership.Editors.DECISIONS.refusal());
        assertThat(decisions.log(id, sam)).isEmpty();
        assertThat(decisions.mayPropose(id, sam)).isFalse();

        var d = propose("Hold forum meetings in the evening", false);
        assertThatThrownBy(() -> decisions.change(id, d.id(), d.version(), details("Mornings", false), sam))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> decisions.approve(
                        id, d.id(), decisions.decision(id, d.id(), sam).version(), sam))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(PartnershipScope.OBSERVERS_READ);
        membership.setMember(id, DemoUsers.SAM, MemberRole.MEMBER, fiona);
        assertThat(decisions
                        .approve(id, d.id(), decisions.decision(id, d.id(), sam).version(), sam)
                        .status())
                .isEqualTo(DecisionStatus.APPROVED);
        assertThatThrownBy(() -> decisions.approve(
                        id, d.id(), decisions.decision(id, d.id(), fiona).version(), fiona))
                .isInstanceOfSatisfying(
                        DecisionLockedException.class,
                        e -> assertThat(English.of(e.reason())).startsWith("This decision was approved on "));
    }

    @Test
    void aBoardMemberWhoIsNotAManagerProposesAndChangesDrafts() {
        davidJoinsTheBoard();
        var d = decisions.propose(id, null, details("Share the recruitment budget", true), david);
        assertThat(decisions
                        .change(id, d.id(), d.version(), details("Share the budget", true), david)
                        .title())
                .isEqualTo("Share the budget");
    }

    @Test
    void anOutsiderSeesNothing() {
        var d = propose("Private matter", false);
        var iain = users.current(DemoUsers.IAIN);
        assertThatThrownBy(() -> decisions.log(id, iain)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> decisions.decision(id, d.id(), iain)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> decisions.approve(
                        id, d.id(), decisions.decision(id, d.id(), iain).version(), iain))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> decisions.propose(id, null, details("Mine", false), iain))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void twoPeopleEditingOneDraftAtOnce() {
        davidJoinsTheBoard();
        var d = propose("Meet monthly", false);
        decisions.approve(id, d.id(), decisions.decision(id, d.id(), david).version(), david);
        long other = propose("Meet quarterly", true).id();
        var seen = decisions.decision(id, other, fiona);
        decisions.approve(id, other, decisions.decision(id, other, fiona).version(), fiona);
        var changed = decisions.change(id, other, seen.version() + 1, details("Meet every two months", true), david);
        assertThat(changed.approvals())
                .as("a change clears the approvals of the old wording")
                .isEmpty();
        assertThat(audit.forSubject(DecisionService.SUBJECT, other).get(0).changes())
                .contains(
                        "governance.audit.title: Meet quarterly -> Meet every two months",
                        "governance.audit.approvalsCleared: Fiona Reid -> (none)");

        assertThatThrownBy(() -> decisions.change(id, other, seen.version(), details("Meet weekly", true), fiona))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(decisions.decision(id, other, fiona).title()).isEqualTo("Meet every two months");
    }

    @Test
    void badInputSavesNothing() {
        var bad = new DecisionDetails("", "", null, "", null, null, null, null, -3L);
        assertThatThrownBy(() -> decisions.propose(id, null, bad, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsEntry("title", "Enter a title for the decision")
                                .containsEntry("joint", "Choose whether this is a joint decision")
                                .containsEntry("riskId", "Enter the risk’s number, like 12"));
        assertThat(decisions.log(id, fiona)).isEmpty();
    }

    @Test
    void aNewDecisionSupersedesAnApprovedOneOnceItIsApproved() {
        var first = propose("Recruit carers through the council", false);
        assertThatThrownBy(() -> decisions.propose(id, first.id(), details("Too early", false), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsEntry(
                                        "supersedes",
                                        "Only an approved decision can be superseded; D-1 is awaiting approval"));
        decisions.approve(
                id, first.id(), decisions.decision(id, first.id(), fiona).version(), fiona);

        var second = decisions.propose(id, first.id(), details("Recruit carers with the CVS", false), fiona);
        var third = decisions.propose(id, first.id(), details("Recruit carers nationally", false), fiona);
        assertThat(second.supersedes().reference()).isEqualTo("D-1");
        assertThat(decisions.decision(id, first.id(), fiona).supersededBy())
                .as("a draft supersedes nothing yet")
                .isNull();

        decisions.approve(
                id, second.id(), decisions.decision(id, second.id(), fiona).version(), fiona);
        var old = decisions.decision(id, first.id(), fiona);
        assertThat(old.supersededBy().reference()).isEqualTo("D-2");
        assertThat(English.of(Message.of(old.statusKey()))).isEqualTo("Superseded");
        assertThat(old.supersedable()).isFalse();
        assertThat(actions(first.id())).first().isEqualTo("governance.audit.decisionSuperseded");

        assertThatThrownBy(() -> decisions.propose(id, first.id(), details("Once more", false), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsEntry("supersedes", "D-1 is already superseded by D-2"));
        assertThatThrownBy(() -> decisions.approve(
                        id,
                        third.id(),
                        decisions.decision(id, third.id(), fiona).version(),
                        fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .hasValueSatisfying(new org.assertj.core.api.Condition<>(
                                        v -> v.contains("D-1 has meanwhile been superseded by D-2"), "superseded")));
        assertThat(decisions.decision(id, third.id(), fiona).approvals())
                .as("nothing half-saved")
                .isEmpty();

        long elsewhere = fixtureOther();
        assertThatThrownBy(() -> decisions.propose(elsewhere, second.id(), details("Borrowed", false), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsEntry("supersedes", "Choose a decision of this partnership to supersede"));
    }

    @Test
    void aDraftIsWithdrawnAndStaysInTheLog() {
        var d = propose("Rename the board", false);
        assertThatThrownBy(() -> decisions.withdraw(
                        id, d.id(), decisions.decision(id, d.id(), sam).version(), sam))
                .isInstanceOf(ForbiddenException.class);
        assertThat(decisions
                        .withdraw(
                                id,
                                d.id(),
                                decisions.decision(id, d.id(), fiona).version(),
                                fiona)
                        .status())
                .isEqualTo(DecisionStatus.WITHDRAWN);
        assertThat(decisions.log(id, fiona))
                .extracting(x -> English.of(Message.of(x.statusKey())))
                .containsExactly("Withdrawn");
        assertThatThrownBy(() -> decisions.approve(
                        id, d.id(), decisions.decision(id, d.id(), fiona).version(), fiona))
                .isInstanceOfSatisfying(
                        DecisionLockedException.class,
                        e -> assertThat(English.of(e.reason()))
                                .isEqualTo("This decision was withdrawn; record a new decision instead."));
        assertThat(actions(d.id()))
                .containsExactly("governance.audit.decisionWithdrawn", "governance.audit.decisionProposed");
        assertThat(propose("Next", false).reference()).isEqualTo("D-2");
    }

    long fixtureOther() {
        return governanceFixture.newPartnership();
    }
}
