package scot.cairn.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Fiona (public sector) manages the partnership; the board is Fiona and David (third sector). */
@CairnTest
class MeetingIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DemoUsers users;

    @Autowired
    MeetingService meetings;

    @Autowired
    GroupService groups;

    @Autowired
    MembershipService membership;

    @Autowired
    AuditTrail audit;

    long id;
    long board;
    CurrentUser fiona;
    CurrentUser david;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        board = governance.board(id);
        fiona = users.current(DemoUsers.FIONA);
        david = users.current(DemoUsers.DAVID);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    MeetingDetails details(LocalDate date, Repeat repeat, Integer count) {
        return new MeetingDetails(
                board,
                "Board",
                date,
                LocalTime.of(10, 0),
                LocalTime.of(12, 0),
                "Falkirk Council, Room 2",
                null,
                true,
                false,
                "BSL interpreter booked",
                repeat,
                count);
    }

    @Test
    void aMonthlyBoardIsScheduledWithItsMembersInvitedAndTheStandingItemFirst() {
        var series = meetings.schedule(id, details(LocalDate.of(2027, 2, 10), Repeat.MONTHLY, 3), fiona);

        assertThat(series).extracting(MeetingView::reference).containsExactly("M-1", "M-2", "M-3");
        assertThat(series).extracting(m -> m.startsAt().toLocalTime()).containsOnly(LocalTime.of(10, 0));
        assertThat(series.get(2).startsAt().toInstant().toString()).isEqualTo("2027-04-10T09:00:00Z");
        assertThat(series).extracting(MeetingView::seriesNumber).containsOnly(1L);
        var first = series.get(0);
        assertThat(first.invitees())
                .extracting(MeetingView.InviteeView::personId)
                .containsExactlyInAnyOrder(fiona.personId(), david.personId());
        assertThat(first.agenda())
                .extracting(MeetingView.ItemView::title)
                .containsExactly("Actions from the last meeting");
        assertThat(first.quorumMissing())
                .contains("The service-user seat must be invited: a service user or carer among the invitees");
        assertThat(audit.forPartnership(id)).extracting(e -> e.action()).contains("meeting.audit.scheduled");
    }

    @Test
    void theAgendaKeepsItsStandingItemFirstAndItemsMoveAndGo() {
        var m = meetings.schedule(id, details(today().plusDays(7), Repeat.ONCE, null), fiona)
                .get(0);
        m = meetings.addItem(id, m.id(), m.version(), new ItemDetails("Risk register", "Fiona Reid", 15), fiona);
        m = meetings.addItem(id, m.id(), m.version(), new ItemDetails("Plan baseline", null, 20), fiona);
        m = meetings.moveItem(id, m.id(), m.version(), 2, true, fiona);
        assertThat(m.agenda())
                .extracting(MeetingView.ItemView::title)
                .containsExactly("Actions from the last meeting", "Plan baseline", "Risk register");
        m = meetings.moveItem(id, m.id(), m.version(), 1, true, fiona);
        assertThat(m.agenda().get(0).standing()).isTrue();
        assertThat(m.minutesAllotted()).isEqualTo(35);
        var stale = m;
        assertThatThrownBy(() -> meetings.removeItem(id, stale.id(), stale.version(), 0, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("").key()).isEqualTo("meeting.agenda.standingStays"));
        m = meetings.removeItem(id, m.id(), m.version(), 2, fiona);
        assertThat(m.agenda()).hasSize(2);
        var old = m;
        assertThatThrownBy(() ->
                        meetings.addItem(id, old.id(), old.version() - 1, new ItemDetails("Late", null, null), fiona))
                .isInstanceOf(scot.cairn.platform.ConcurrentChangeException.class);
    }

    @Test
    void inviteesSendTheirOwnApologiesAndTheQuorumIsCheckedOnAttendance() {
        // Sam, a carer, sits on the board: the service-user seat is then invited.
        membership.setMember(id, DemoUsers.SAM, MemberRole.MEMBER, fiona);
        groups.addMember(id, board, MemberDetails.of(DemoUsers.SAM, true), fiona);
        var past = meetings.schedule(id, details(today().minusDays(3), Repeat.ONCE, null), fiona)
                .get(0);
        var future = meetings.schedule(id, details(today().plusDays(3), Repeat.ONCE, null), fiona)
                .get(0);
        int davidAt = position(future, david);

        var sent = meetings.apologies(id, future.id(), future.version(), davidAt, true, david);
        assertThat(sent.invitees().get(davidAt).apologies()).isTrue();
        assertThatThrownBy(() -> meetings.apologies(id, sent.id(), sent.version(), position(sent, fiona), true, david))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> meetings.attendance(id, future.id(), sent.version(), Set.of(0), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("").key()).isEqualTo("meeting.attendance.notYet"));

        assertThatThrownBy(() -> meetings.apologies(id, past.id(), past.version(), position(past, david), true, david))
                .as("after the start, attendance is the organisers' to record")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("").key()).isEqualTo("meeting.apologies.started"));
        assertThatThrownBy(() -> meetings.attendance(id, past.id(), past.version(), Set.of(999), fiona))
                .as("a position no invitee holds")
                .isInstanceOf(NotFoundException.class);
        var onlyFiona = meetings.attendance(id, past.id(), past.version(), Set.of(position(past, fiona)), fiona);
        assertThat(onlyFiona.quorate()).isFalse();
        assertThat(onlyFiona.quorumMissing()).containsExactly("A third-sector member must be present");
        var both = meetings.attendance(
                id, past.id(), onlyFiona.version(), Set.of(position(past, fiona), position(past, david)), fiona);
        assertThat(both.quorate()).isTrue();
    }

    @Test
    void guestsNeedNoAccountAndBadDetailsAreRefusedFieldByField() {
        var m = meetings.schedule(id, details(today().plusDays(7), Repeat.ONCE, null), fiona)
                .get(0);
        var withGuest = meetings.invite(
                id, m.id(), m.version(), new GuestDetails("Alex Dunn", null, "Union representative"), fiona);
        assertThat(withGuest.invitees())
                .filteredOn(MeetingView.InviteeView::guest)
                .singleElement()
                .satisfies(g -> assertThat(g.capacity()).isEqualTo("Union representative"));
        assertThatThrownBy(() -> meetings.invite(
                        id, m.id(), withGuest.version(), new GuestDetails(" ", "not-an-email", null), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("name", "email"));
        assertThatThrownBy(() -> meetings.schedule(
                        id,
                        new MeetingDetails(
                                board,
                                " ",
                                today(),
                                LocalTime.of(12, 0),
                                LocalTime.of(11, 0),
                                null,
                                "ftp://x",
                                null,
                                null,
                                null,
                                Repeat.MONTHLY,
                                30),
                        fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("title", "ends", "onlineLink", "count"));
    }

    @Test
    void aCancelledMeetingChangesNoMoreAndOnlyOrganisersScheduleWhileOutsidersSeeNothing() {
        var m = meetings.schedule(id, details(today().plusDays(7), Repeat.ONCE, null), fiona)
                .get(0);
        assertThatThrownBy(() -> meetings.schedule(id, details(today(), Repeat.ONCE, null), david))
                .isInstanceOf(ForbiddenException.class);
        var cancelled = meetings.cancel(id, m.id(), m.version(), fiona);
        assertThat(cancelled.cancelled()).isTrue();
        assertThatThrownBy(() ->
                        meetings.addItem(id, m.id(), cancelled.version(), new ItemDetails("X", null, null), fiona))
                .isInstanceOfSatisfying(
                        MeetingStateException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("meeting.cancelledNoChange"));
        assertThatThrownBy(() -> meetings.meeting(id, m.id(), users.current(DemoUsers.MORVEN)))
                .isInstanceOf(NotFoundException.class);
    }

    private static int position(MeetingView m, CurrentUser who) {
        return m.invitees().stream()
                .filter(v -> v.personId() != null && v.personId() == who.personId())
                .findFirst()
                .orElseThrow()
                .position();
    }
}
