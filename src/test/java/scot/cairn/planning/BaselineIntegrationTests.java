package scot.cairn.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionStatus;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Fiona (public sector) and David (third sector) sit on the board; Fiona manages the partnership. */
@CairnTest
class BaselineIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DemoUsers users;

    @Autowired
    PlanService plans;

    @Autowired
    BaselineService baselines;

    @Autowired
    DecisionService decisions;

    @Autowired
    AuditTrail audit;

    long id;
    CurrentUser fiona;
    CurrentUser david;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        governance.board(id);
        fiona = users.current(DemoUsers.FIONA);
        david = users.current(DemoUsers.DAVID);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    TaskDetails task(String title, int startIn, int dueIn) {
        return new TaskDetails(
                title,
                null,
                Stage.DESIGN,
                david.personId(),
                today().plusDays(startIn),
                today().plusDays(dueIn),
                List.of());
    }

    void approve(BaselineView b) {
        var d = decisions.decision(id, b.decisionId(), fiona);
        d = decisions.approve(id, d.id(), d.version(), fiona);
        decisions.approve(id, d.id(), d.version(), david);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> baselines.baselines(id, fiona).stream()
                        .anyMatch(x -> x.id() == b.id() && x.approvedAt() != null));
    }

    @Test
    void aBaselineIsApprovedJointlyInTheDecisionLogAndSlippageIsCountedFromIt() {
        var design = plans.addTask(id, task("Design the model", 0, 20), fiona);
        var cost = plans.addTask(id, task("Cost the model", 21, 30), fiona);
        var agreed = plans.addMilestone(
                id, new MilestoneDetails("Model agreed", today().plusDays(30), fiona.personId(), null), fiona);

        var b1 = baselines.propose(id, fiona);
        assertThat(b1.reference()).isEqualTo("B-1");
        assertThat(b1.tasks()).isEqualTo(2);
        assertThat(b1.milestones()).isEqualTo(1);
        var decision = decisions.decision(id, b1.decisionId(), fiona);
        assertThat(decision.joint()).isTrue();
        assertThat(decision.status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(decision.title()).isEqualTo("Approve plan baseline B-1");
        assertThat(plans.plan(id, PlanFilter.NONE, 1, fiona).baseline()).isNull();

        // One sector's approval is not enough: the baseline waits.
        decisions.approve(id, decision.id(), decision.version(), fiona);
        assertThat(baselines.baselines(id, fiona).get(0).approvedAt()).isNull();
        assertThatThrownBy(() -> baselines.propose(id, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("").key()).isEqualTo("planning.baseline.waiting"));

        var again = decisions.decision(id, b1.decisionId(), fiona);
        decisions.approve(id, again.id(), again.version(), david);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> plans.plan(id, PlanFilter.NONE, 1, fiona).baseline() != null);

        // The design task moves five days later; the cost task is brought two days forward.
        plans.changeTask(id, design.id(), design.version(), task("Design the model", 0, 25), fiona);
        plans.changeTask(id, cost.id(), cost.version(), task("Cost the model", 21, 28), fiona);
        plans.addTask(id, task("Write the business case", 31, 40), fiona);
        var plan = plans.plan(id, PlanFilter.NONE, 1, fiona);
        assertThat(plan.tasks()).extracting(PlanView.TaskView::slipDays).containsExactly(5L, -2L, null);
        assertThat(plan.milestones())
                .extracting(PlanView.MilestoneView::slipDays)
                .containsExactly(0L);
        assertThat(plan.baseline().reference()).isEqualTo("B-1");
        assertThat(plan.baseline().tasksLate()).isEqualTo(1);
        assertThat(plan.baseline().mostDaysLate()).isEqualTo(5);
        // Reported done today, a month before the baseline's date: it finished 30 days early.
        var costNow = plans.task(id, cost.id(), fiona);
        plans.report(id, cost.id(), costNow.version(), new ProgressDetails(TaskStatus.DONE, 100, null), fiona);
        assertThat(plans.task(id, cost.id(), fiona).slipDays()).isEqualTo(-30L);
        assertThat(audit.forPartnership(id))
                .extracting(e -> e.action())
                .contains("planning.audit.baselineProposed", "planning.audit.baselineApproved");

        // A re-baseline needs the board again; until then slippage still counts from B-1, which stays on record.
        var b2 = baselines.propose(id, fiona);
        assertThat(b2.reference()).isEqualTo("B-2");
        assertThat(decisions.decision(id, b2.decisionId(), fiona).context()).contains("B-1");
        assertThat(plans.plan(id, PlanFilter.NONE, 1, fiona).baseline().reference())
                .isEqualTo("B-1");
        approve(b2);
        var after = plans.plan(id, PlanFilter.NONE, 1, fiona);
        assertThat(after.baseline().reference()).isEqualTo("B-2");
        // T-2 was done today, 28 days before B-2's date for it.
        assertThat(after.tasks()).extracting(PlanView.TaskView::slipDays).containsExactly(0L, -28L, 0L);
        assertThat(baselines.baseline(id, b2.id(), david).tasks())
                .extracting(BaselineService.Dated::reference, BaselineService.Dated::due)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T-1", today().plusDays(25)),
                        org.assertj.core.groups.Tuple.tuple("T-2", today().plusDays(28)),
                        org.assertj.core.groups.Tuple.tuple("T-3", today().plusDays(40)));
        assertThat(baselines.baselines(id, fiona))
                .extracting(BaselineView::reference, BaselineView::current)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("B-2", true),
                        org.assertj.core.groups.Tuple.tuple("B-1", false));
    }

    @Test
    void aWithdrawnProposalMakesWayForANewOneAndAnEmptyPlanIsNotProposed() {
        assertThatThrownBy(() -> baselines.propose(id, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("").key()).isEqualTo("planning.baseline.empty"));
        plans.addTask(id, task("Design the model", 0, 20), fiona);
        var b1 = baselines.propose(id, fiona);
        var d = decisions.decision(id, b1.decisionId(), fiona);
        assertThatThrownBy(() -> decisions.withdraw(id, d.id(), d.version(), fiona))
                .as("withdrawn from the plan, not the log")
                .isInstanceOf(scot.cairn.governance.DecisionLockedException.class);
        baselines.withdraw(id, b1.id(), d.version(), fiona);

        var b2 = baselines.propose(id, fiona);

        assertThat(b2.reference()).isEqualTo("B-2");
        assertThat(baselines.baselines(id, fiona))
                .extracting(BaselineView::decisionStatusKey)
                .containsExactly("governance.decisionStatus.DRAFT", "governance.decisionStatus.WITHDRAWN");
    }

    @Test
    void onlyThoseWhoChangeThePlanProposeABaseline() {
        plans.addTask(id, task("Design the model", 0, 20), fiona);

        assertThatThrownBy(() -> baselines.propose(id, david)).isInstanceOf(ForbiddenException.class);
        assertThat(baselines.baselines(id, david)).isEmpty();
    }

    @Test
    void theBaselinesDecisionKeepsItsWordsAndItsProposerMayWithdrawIt() {
        plans.addTask(id, task("Design the model", 0, 20), fiona);
        var b1 = baselines.propose(id, fiona);
        var d = decisions.decision(id, b1.decisionId(), fiona);

        assertThatThrownBy(() -> decisions.change(
                        id,
                        d.id(),
                        d.version(),
                        new scot.cairn.governance.DecisionDetails(
                                "Something else", "Context", null, "Decided", today(), false, null, null, null),
                        fiona))
                .isInstanceOfSatisfying(
                        scot.cairn.governance.DecisionLockedException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("governance.decision.proposedElsewhere"));
        assertThatThrownBy(() -> baselines.withdraw(id, b1.id(), d.version(), david))
                .isInstanceOf(ForbiddenException.class);

        var withdrawn = baselines.withdraw(id, b1.id(), d.version(), fiona);

        assertThat(withdrawn.decisionStatusKey()).isEqualTo("governance.decisionStatus.WITHDRAWN");
        assertThat(withdrawn.waiting()).isFalse();
        assertThat(audit.forPartnership(id)).extracting(e -> e.action()).contains("planning.audit.baselineWithdrawn");
    }
}
