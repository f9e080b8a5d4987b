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
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/**
 * The scale demo at a small scale: the rows it writes in batches read back through the services as if the services
 * had written them, and the services carry on from them (the next decision is D-2, an approval counts).
 */
@CairnTest
class ScaleSeederIntegrationTests {

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

    @Test
    void generatedPartnershipsReadAndChangeThroughTheServices() {
        // At start-up the demo data runs as an administrator, as here.
        users.runAsAdmin(() -> seeder.ensure(10, DemoUsers.PASSWORD));
        users.runAsAdmin(() -> seeder.ensure(10, DemoUsers.PASSWORD));
        var bench = accounts.userFor(ScaleSeeder.BENCH_EMAIL).orElseThrow();

        var mine = partnerships.find(bench, false, PartnershipFilter.NONE, 1, 25);
        assertThat(mine.total()).as("a second run adds nothing").isEqualTo(10);
        assertThat(mine.items())
                .extracting(PartnershipSummary::role)
                .containsOnly(MemberRole.MANAGER, MemberRole.MEMBER, MemberRole.OBSERVER);
        assertThat(partnerships
                        .find(bench, false, new PartnershipFilter(null, null, null, null, MemberRole.OBSERVER), 1, 25)
                        .total())
                .isEqualTo(1);

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
