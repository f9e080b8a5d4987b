package scot.cairn.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.ToDoService;
import scot.cairn.partnership.WorkKind;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.report.HighlightService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Fiona arranges the board's meetings; David owns an action. */
@CairnTest
class ActionIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DemoUsers users;

    @Autowired
    scot.cairn.meeting.MeetingFixture fixture;

    @Autowired
    MeetingService meetings;

    @Autowired
    ActionService actions;

    @Autowired
    ToDoService toDo;

    @Autowired
    HighlightService reports;

    long id;
    long board;
    CurrentUser fiona;
    CurrentUser david;
    LocalDate today;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        board = governance.board(id);
        fiona = users.current(DemoUsers.FIONA);
        david = users.current(DemoUsers.DAVID);
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    MeetingView meeting(LocalDate date) {
        return fixture.board(id, board, date);
    }

    @Test
    void anOpenActionComesBackAtTheGroupsNextMeetingWaitsOnItsOwnerAndGoesIntoTheReportWhenOverdue() {
        var last = meeting(today.minusDays(30));
        var next = meeting(today.plusDays(7));
        var action = actions.agree(
                id,
                last.id(),
                new ActionDetails("Send the model to the forum", david.personId(), today.minusDays(2)),
                fiona);
        assertThat(action.reference()).isEqualTo("A-1");
        assertThat(action.overdue()).isTrue();

        assertThat(actions.carriedInto(id, next.id(), fiona))
                .extracting(ActionView::reference)
                .containsExactly("A-1");
        assertThat(actions.carriedInto(id, last.id(), fiona)).isEmpty();
        assertThat(toDo.forPartnership(id, david).waitingOnYou()).anyMatch(i -> i.kind() == WorkKind.MEETING_ACTION);
        var report = reports.start(id, new HighlightService.Period(today.minusDays(10), today), fiona);
        assertThat(report.sections())
                .filteredOn(s -> s.section() == scot.cairn.report.ReportSection.ACTIONS)
                .singleElement()
                .satisfies(s -> assertThat(s.facts())
                        .contains("A-1 Send the model to the forum: David Kerr, due "
                                + today.minusDays(2)
                                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))));

        assertThatThrownBy(() -> actions.close(id, action.id(), action.version(), users.current(DemoUsers.SAM)))
                .isInstanceOf(scot.cairn.platform.NotFoundException.class);
        var done = actions.close(id, action.id(), action.version(), david);
        assertThat(done.doneOn()).isEqualTo(today);
        assertThat(actions.carriedInto(id, next.id(), fiona)).isEmpty();
        assertThat(toDo.forPartnership(id, david).waitingOnYou()).noneMatch(i -> i.kind() == WorkKind.MEETING_ACTION);
        assertThatThrownBy(() -> actions.close(id, action.id(), done.version(), fiona))
                .isInstanceOf(MeetingStateException.class);
    }

    @Test
    void anActionNeedsWhatWhoAndWhenAndItsOwnerMustTakePart() {
        var m = meeting(today.minusDays(1));
        assertThatThrownBy(() -> actions.agree(id, m.id(), new ActionDetails(" ", null, null), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("text", "ownerId", "due"));
        long morven = users.current(DemoUsers.MORVEN).personId();
        assertThatThrownBy(() -> actions.agree(id, m.id(), new ActionDetails("Do it", morven, today), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("ownerId").key())
                                .isEqualTo("meeting.action.ownerNotMember"));
        assertThatThrownBy(() -> actions.agree(id, m.id(), new ActionDetails("Do it", david.personId(), today), david))
                .isInstanceOf(ForbiddenException.class);
        var a = actions.agree(id, m.id(), new ActionDetails("Do it", david.personId(), today.plusDays(30)), fiona);
        assertThatThrownBy(() -> actions.close(id, a.id(), a.version(), users.current(DemoUsers.IAIN)))
                .isInstanceOf(scot.cairn.platform.NotFoundException.class);
    }
}
