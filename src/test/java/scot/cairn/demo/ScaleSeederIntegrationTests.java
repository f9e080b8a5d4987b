package scot.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionStatus;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.Period;
import scot.cairn.outcome.SignoffService;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipFilter;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.PartnershipSummary;
import scot.cairn.partnership.Stage;
import scot.cairn.partnership.ToDoService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/**
 * The scale demo at a small scale: the rows it writes in batches read back through the services as if the services
 * had written them, and the services carry on from them (the next decision is D-2, an approval counts).
 */
@CairnTest
class ScaleSeederIntegrationTests {

    /** Enough partnerships for the to-do list to ask the modules side by side. */
    static final int GENERATED = 60;

    @Autowired
    ScaleSeeder seeder;

    @Autowired
    DemoUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    PartnershipScope scope;

    @Autowired
    DecisionService decisions;

    @Autowired
    SignoffService signoffs;

    @Autowired
    MeasurementService measurements;

    @Autowired
    Clock clock;

    @Autowired
    ToDoService toDo;

    @Test
    void generatedPartnershipsReadAndChangeThroughTheServices() {
        // At start-up the demo data runs as an administrator, as here.
        users.runAsAdmin(() -> seeder.ensure(GENERATED, DemoUsers.PASSWORD));
        users.runAsAdmin(() -> seeder.ensure(GENERATED, DemoUsers.PASSWORD));
        var bench = accounts.userFor(ScaleSeeder.BENCH_EMAIL).orElseThrow();

        var mine = partnerships.find(bench, false, PartnershipFilter.NONE, 1, 25);
        assertThat(mine.total()).as("a second run adds nothing").isEqualTo(GENERATED);
        assertThat(mine.items())
                .extracting(PartnershipSummary::role)
                .containsOnly(MemberRole.MANAGER, MemberRole.MEMBER, MemberRole.OBSERVER);
        assertThat(partnerships
                        .find(bench, false, new PartnershipFilter(null, null, null, null, MemberRole.OBSERVER), 1, 25)
                        .total())
                .isEqualTo(GENERATED / 10);
        toDoTogetherIsEveryPartnershipsOwn(bench);

        long id = mine.items().get(0).id();
        var overview = partnerships.get(id, bench);
        assertThat(overview.title()).isEqualTo("Generated partnership 0001");
        assertThat(overview.stage()).isEqualTo(Stage.EXPLORE);
        assertThat(overview.partners()).hasSize(3);
        assertThat(overview.members()).hasSize(3);
        assertThat(partnerships.history(id, bench)).hasSize(1);
        assertThat(scope.requireBoardApproval(id, bench).onBoard()).isTrue();

        decisionsCarryOn(id, bench);
        periodsWaitForTheBoard(id, bench);
    }

    /**
     * The bench account's to-do list across its partnerships, which asks the modules side by side at this size, holds
     * what each partnership's own list (asked one module after another) holds.
     */
    private void toDoTogetherIsEveryPartnershipsOwn(CurrentUser bench) {
        var together = toDo.forPerson(bench);
        var yours = new java.util.ArrayList<String>();
        var others = new java.util.ArrayList<String>();
        for (var p :
                partnerships.find(bench, false, PartnershipFilter.NONE, 1, 100).items()) {
            var own = toDo.forPartnership(p.id(), bench);
            own.waitingOnYou().forEach(i -> yours.add(i.kind() + "@" + i.partnershipId()));
            own.waitingOnOthers().forEach(i -> others.add(i.kind() + "@" + i.partnershipId()));
        }
        assertThat(yours).hasSizeGreaterThan(GENERATED / 2);
        assertThat(together.waitingOnYou().size() + together.moreOnYou()).isEqualTo(yours.size());
        assertThat(together.waitingOnOthers().size() + together.moreOnOthers()).isEqualTo(others.size());
        assertThat(yours)
                .containsAll(together.waitingOnYou().stream()
                        .map(i -> i.kind() + "@" + i.partnershipId())
                        .toList());
    }

    private void decisionsCarryOn(long id, CurrentUser bench) {
        var log = decisions.log(id, bench);
        assertThat(log).singleElement().satisfies(d -> {
            assertThat(d.reference()).isEqualTo("D-1");
            assertThat(d.status()).isEqualTo(DecisionStatus.DRAFT);
        });
        var next = decisions.propose(
                id,
                null,
                new DecisionDetails(
                        "Agree the pilot sites",
                        "Where to run the pilot.",
                        null,
                        "Run it in two places.",
                        LocalDate.now(clock),
                        true,
                        null,
                        null,
                        null),
                bench);
        assertThat(next.reference()).isEqualTo("D-2");
    }

    private void periodsWaitForTheBoard(long id, CurrentUser bench) {
        var last = Period.quarterOf(LocalDate.now(clock)).previous();
        var waiting = signoffs.signoff(id, last, bench).orElseThrow();
        assertThat(waiting.approvedAt()).isNull();
        assertThat(signoffs.signoff(id, last.previous(), bench).orElseThrow().approvedAt())
                .isNotNull();
        assertThat(measurements.list(id, last, bench)).hasSize(3);

        signoffs.approve(id, last, waiting.version(), bench);

        assertThat(signoffs.signoff(id, last, bench).orElseThrow().approvals())
                .anySatisfy(a -> assertThat(a.personId()).isEqualTo(bench.personId()));
    }
}
