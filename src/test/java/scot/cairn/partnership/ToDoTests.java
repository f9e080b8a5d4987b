package scot.cairn.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scot.cairn.directory.Sector;
import scot.cairn.platform.Message;

/** The order and limit of a to-do list, and whose turn a joint approval is. */
class ToDoTests {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final BoardSeat PUBLIC = new BoardSeat(7, 1L, Sector.PUBLIC);

    static Desk.Place place(long id, BoardSeat seat) {
        return new Desk.Place(id, "P" + id, Stage.DESIGN, MemberRole.MEMBER, false, seat, Set.of(), null);
    }

    static Waiting item(long partnership, LocalDate due, Turn turn) {
        return new Waiting(WorkKind.APPROVE_PID, partnership, Message.of("k"), "/x", due, turn);
    }

    @Test
    void overdueFirstOldestFirstThenDueSoonestThenUndated() {
        var desk = Desk.of(7, TODAY, List.of(place(1, PUBLIC), place(2, PUBLIC), place(3, PUBLIC), place(4, PUBLIC)));
        var todo = ToDo.of(
                desk,
                List.of(
                        item(1, null, Turn.YOURS),
                        item(2, TODAY.plusDays(3), Turn.YOURS),
                        item(3, TODAY.minusDays(1), Turn.YOURS),
                        item(4, TODAY.minusDays(40), Turn.YOURS),
                        item(1, TODAY, Turn.OTHERS)));

        assertThat(todo.waitingOnYou()).extracting(ToDoItem::partnershipId).containsExactly(4L, 3L, 2L, 1L);
        assertThat(todo.waitingOnYou()).extracting(ToDoItem::overdue).containsExactly(true, true, false, false);
        assertThat(todo.waitingOnOthers()).singleElement().satisfies(i -> {
            assertThat(i.partnershipTitle()).isEqualTo("P1");
            assertThat(i.overdue()).as("due today is not overdue").isFalse();
        });
    }

    @Test
    void showsAtMostTheLimitAndCountsTheRest() {
        var desk = Desk.of(7, TODAY, List.of(place(1, PUBLIC)));
        var found = new ArrayList<Waiting>();
        for (int i = 0; i < ToDo.SHOWN + 5; i++) {
            found.add(item(1, TODAY.plusDays(i), Turn.YOURS));
        }

        var todo = ToDo.of(desk, found);

        assertThat(todo.waitingOnYou()).hasSize(ToDo.SHOWN);
        assertThat(todo.moreOnYou()).isEqualTo(5);
        assertThat(todo.waitingOnYou().get(0).due()).isEqualTo(TODAY);
    }

    @Test
    void aJointApprovalIsNoLongerYoursOnceYourSectorApproved() {
        var publicMember = place(1, PUBLIC);
        var thirdMember = place(1, new BoardSeat(8, 2L, Sector.THIRD));
        var carer = place(1, new BoardSeat(9, null, null));
        var publicApproved = new JointApproval(true, false, 1);

        assertThat(publicMember.turn(publicApproved, false)).isEqualTo(Turn.OTHERS);
        assertThat(publicMember.turn(publicApproved, true)).isEqualTo(Turn.OTHERS);
        assertThat(thirdMember.turn(publicApproved, false)).isEqualTo(Turn.YOURS);
        assertThat(carer.turn(publicApproved, false)).isEqualTo(Turn.YOURS);
        assertThat(thirdMember.turn(new JointApproval(true, true, 2), false)).isEqualTo(Turn.NONE);
        assertThat(place(1, null).turn(publicApproved, false))
                .as("not on the board")
                .isEqualTo(Turn.NONE);
        var observer = new Desk.Place(1, "P1", Stage.DESIGN, MemberRole.OBSERVER, false, PUBLIC, Set.of(), null);
        assertThat(observer.turn(publicApproved, false)).isEqualTo(Turn.NONE);
        assertThat(observer.mayEdit(Editors.EVIDENCE)).isFalse();
    }
}
