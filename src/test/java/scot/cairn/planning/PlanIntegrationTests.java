package scot.cairn.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.Stage;
import scot.cairn.partnership.ToDoService;
import scot.cairn.partnership.WorkKind;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Fiona manages the partnership, David is a member and Sam an observer; Morven is not in it. */
@CairnTest
class PlanIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DemoUsers users;

    @Autowired
    MembershipService membership;

    @Autowired
    PlanService plans;

    @Autowired
    ToDoService toDo;

    @Autowired
    AuditTrail audit;

    long id;
    CurrentUser fiona;
    CurrentUser david;
    CurrentUser sam;
    CurrentUser morven;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        fiona = users.current(DemoUsers.FIONA);
        membership.setMember(id, DemoUsers.SAM, MemberRole.OBSERVER, fiona);
        david = users.current(DemoUsers.DAVID);
        sam = users.current(DemoUsers.SAM);
        morven = users.current(DemoUsers.MORVEN);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    TaskDetails task(String title, long owner, int startIn, int dueIn, Long... dependsOn) {
        return new TaskDetails(
                title,
                null,
                Stage.DESIGN,
                owner,
                today().plusDays(startIn),
                today().plusDays(dueIn),
                List.of(dependsOn));
    }

    @Test
    void aManagerPlansTasksThatWaitForEachOtherButNeverInACircle() {
        var first = plans.addTask(id, task("Map current placements", david.personId(), 0, 10), fiona);
        var second = plans.addTask(id, task("Design the model", david.personId(), 11, 30, 1L), fiona);
        var third = plans.addTask(id, task("Cost the model", fiona.personId(), 31, 40, 2L), fiona);

        assertThat(third.dependsOn()).containsExactly("T-2");
        assertThatThrownBy(() -> plans.changeTask(
                        id,
                        first.id(),
                        first.version(),
                        task("Map current placements", david.personId(), 0, 10, 3L),
                        fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors())
                                .hasEntrySatisfying(
                                        "dependsOn", m -> assertThat(m.key()).isEqualTo("planning.task.cycle")));
        assertThatThrownBy(() -> plans.changeTask(
                        id, second.id(), second.version(), task("Design", david.personId(), 11, 30, 2L), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("dependsOn"));
        assertThatThrownBy(() -> plans.addTask(id, task("Orphan", david.personId(), 0, 1, 9L), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("planning.task.noSuchTask"));
        assertThat(plans.plan(id, PlanFilter.NONE, 1, sam).tasks())
                .extracting(PlanView.TaskView::reference)
                .containsExactly("T-1", "T-2", "T-3");
        assertThat(plans.plan(id, new PlanFilter(null, fiona.personId(), null), 1, sam)
                        .tasks())
                .extracting(PlanView.TaskView::title)
                .containsExactly("Cost the model");
        assertThat(audit.forSubject(PlanService.TASK, first.id())).hasSize(1);
    }

    @Test
    void aMilestonesOwnerRecordsThatItWasReached() {
        var m = plans.addMilestone(
                id, new MilestoneDetails("Carers consulted", today().plusDays(3), david.personId(), null), fiona);
        assertThat(m.mayReach()).as("Fiona changes the plan").isTrue();
        assertThat(plans.plan(id, PlanFilter.NONE, 1, david).milestones().get(0).mayReach())
                .isTrue();
        assertThat(plans.plan(id, PlanFilter.NONE, 1, sam).milestones().get(0).mayReach())
                .isFalse();
        assertThat(toDo.forPartnership(id, david).waitingOnYou())
                .extracting(i -> i.kind())
                .containsExactly(WorkKind.MILESTONE);

        assertThatThrownBy(() -> plans.reach(id, m.id(), m.version(), null, sam))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> plans.reach(id, m.id(), m.version(), today().plusDays(1), david))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("reachedOn"));
        var reached = plans.reach(id, m.id(), m.version(), null, david);

        assertThat(reached.reachedOn()).isEqualTo(today());
        assertThat(reached.mayReach()).isFalse();
        assertThat(toDo.forPartnership(id, david).waitingOnYou()).isEmpty();
        assertThatThrownBy(() -> plans.reach(id, m.id(), m.version(), null, david))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aChangeIsInTheHistoryFieldByField() {
        var t = plans.addTask(id, task("Map current placements", david.personId(), 0, 10), fiona);
        plans.changeTask(id, t.id(), t.version(), task("Map placements and costs", fiona.personId(), 0, 12), fiona);

        assertThat(audit.forSubject(PlanService.TASK, t.id()))
                .filteredOn(e -> e.action().equals("planning.audit.taskChanged"))
                .singleElement()
                .satisfies(e -> assertThat(e.changes())
                        .contains(
                                "planning.audit.title: Map current placements -> Map placements and costs",
                                "planning.audit.owner: " + david.fullName() + " -> " + fiona.fullName()));
    }

    @Test
    void badDetailsAreRefusedFieldByFieldAndNothingIsSaved() {
        var bad = new TaskDetails(" ", "No such stream", null, sam.personId(), today(), today().minusDays(1), null);

        assertThatThrownBy(() -> plans.addTask(id, bad, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("title", "workstream", "ownerId", "due"));
        var closedStage = new TaskDetails("Close down", null, Stage.CLOSED, david.personId(), today(), today(), null);
        assertThatThrownBy(() -> plans.addTask(id, closedStage, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("stage"));
        var nullDependency = new TaskDetails(
                "Odd", null, null, david.personId(), today(), today(), java.util.Arrays.asList((Long) null));
        assertThatThrownBy(() -> plans.addTask(id, nullDependency, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("dependsOn"));
        assertThat(plans.plan(id, PlanFilter.NONE, 1, fiona).totalTasks()).isZero();
    }

    @Test
    void theOwnerReportsProgressAndOthersOnlyRead() {
        var t = plans.addTask(id, task("Map current placements", david.personId(), -5, 2), fiona);
        assertThatThrownBy(() -> plans.addTask(id, task("Mine", david.personId(), 0, 1), david))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> plans.report(
                        id, t.id(), t.version(), new ProgressDetails(TaskStatus.IN_PROGRESS, 10, null), sam))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> plans.plan(id, PlanFilter.NONE, 1, morven)).isInstanceOf(NotFoundException.class);

        assertThatThrownBy(() ->
                        plans.report(id, t.id(), t.version(), new ProgressDetails(TaskStatus.BLOCKED, 150, " "), david))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("percent", "blockedReason"));
        var blocked = plans.report(
                id, t.id(), t.version(), new ProgressDetails(TaskStatus.BLOCKED, 40, "Waiting for the data."), david);
        assertThat(blocked.blockedReason()).isEqualTo("Waiting for the data.");
        assertThatThrownBy(() ->
                        plans.report(id, t.id(), t.version(), new ProgressDetails(TaskStatus.DONE, null, null), david))
                .isInstanceOf(ConcurrentChangeException.class);
        var done = plans.report(id, t.id(), blocked.version(), new ProgressDetails(TaskStatus.DONE, null, null), david);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.blockedReason()).isNull();
    }

    @Test
    void tasksAndMilestonesDueWaitOnTheirOwnersAndAMilestonePassedIsMissed() {
        var t = plans.addTask(id, task("Map current placements", david.personId(), -5, 3), fiona);
        plans.addTask(id, task("Later", david.personId(), 10, 60), fiona);
        var m = plans.addMilestone(
                id, new MilestoneDetails("Model agreed", today().minusDays(1), fiona.personId(), null), fiona);

        assertThat(m.missed()).isTrue();
        assertThat(toDo.forPartnership(id, david).waitingOnYou())
                .extracting(i -> i.kind())
                .containsExactly(WorkKind.PLAN_TASK);
        assertThat(toDo.forPartnership(id, fiona).waitingOnYou())
                .extracting(i -> i.kind())
                .containsExactly(WorkKind.MILESTONE);

        var reached = plans.changeMilestone(
                id,
                m.id(),
                m.version(),
                new MilestoneDetails("Model agreed", m.due(), fiona.personId(), today().minusDays(2)),
                fiona);
        assertThat(reached.missed()).as("reached before its date").isFalse();
        assertThatThrownBy(() -> plans.changeMilestone(
                        id,
                        m.id(),
                        reached.version(),
                        new MilestoneDetails("Model agreed", m.due(), fiona.personId(), today().plusDays(1)),
                        fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("reachedOn"));
        plans.report(id, t.id(), t.version(), new ProgressDetails(TaskStatus.DONE, null, null), david);
        assertThat(toDo.forPartnership(id, david).waitingOnYou()).isEmpty();
        assertThat(toDo.forPartnership(id, fiona).waitingOnYou()).isEmpty();
    }
}
