package scot.cairn.demo;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import scot.cairn.identity.CurrentUser;

/**
 * Generated partnerships for load tests, so the database holds {@code cairn.demo.scale} of them besides the demo
 * ones. The bench account ({@code bench@cairn.example}) is a member of every one: the manager of most, a member or an
 * observer of the others. Each has partners, members, a board, role assignments, a proposed decision, an outcome
 * framework and four quarters of measurements, the last quarter submitted and waiting for the board.
 *
 * <p>Rows go in with JDBC batches ({@link ScaleRows}), a chunk of partnerships per transaction, because one service
 * call per row takes minutes for thousands of partnerships. The rows keep the services' invariants: versions, the
 * decision numbering sequence, a manager in every partnership, an audit entry for each start.
 */
@Component
class ScaleSeeder {

    static final String BENCH_EMAIL = "bench@cairn.example";
    static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(ScaleSeeder.class);

    private final DemoDirectory directory;
    private final ScaleRows rows;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    ScaleSeeder(DemoDirectory directory, ScaleRows rows, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.directory = directory;
        this.rows = rows;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Adds generated partnerships until the bench account is a member of {@code wanted}; never removes any. */
    void ensure(int wanted, String password) {
        long started = System.nanoTime();
        var bench = benchAccount(password);
        int have = jdbc.queryForObject(
                "select count(*) from partnership_member where person_id = ?", Integer.class, bench.personId());
        if (have >= wanted) {
            return;
        }
        var cast = transactions.execute(status -> cast(bench));
        for (int from = have; from < wanted; from += CHUNK) {
            int first = from;
            int last = Math.min(wanted, from + CHUNK);
            transactions.executeWithoutResult(status -> rows.write(cast, first, last));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log.info(
                "Generated {} partnerships for load tests in {} s",
                wanted - have,
                String.format(java.util.Locale.ROOT, "%.1f", seconds));
    }

    private CurrentUser benchAccount(String password) {
        try {
            return directory.existing(BENCH_EMAIL);
        } catch (java.util.NoSuchElementException absent) {
            return transactions.execute(status -> directory.account(
                    "Bench Mark", BENCH_EMAIL, "Load tester", "Scottish Government", password, false));
        }
    }

    /**
     * The people and organisations the generated partnerships share: for each of the ten pilots' pairs of partners, a
     * commissioner and a provider contact (people without accounts), made once through the directory's services.
     */
    private ScaleRows.Cast cast(CurrentUser bench) {
        var pairs = new ArrayList<ScaleRows.Pair>();
        for (var pilot : DemoSeeder.PILOTS) {
            long publicOrg = directory.org(pilot.publicPartner());
            long thirdOrg = directory.org(pilot.thirdPartner());
            pairs.add(new ScaleRows.Pair(
                    pilot,
                    publicOrg,
                    thirdOrg,
                    contact(pilot.publicPartner(), "Commissioning lead"),
                    contact(pilot.thirdPartner(), "Service lead")));
        }
        return new ScaleRows.Cast(
                bench.personId(),
                directory.org("Scottish Government"),
                directory.org("Barnardo's Scotland"),
                List.copyOf(pairs));
    }

    private long contact(String organisation, String jobTitle) {
        String email = "bench."
                + organisation
                        .toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z]+", ".")
                        .replaceAll("^\\.|\\.$", "")
                + "@bench.example";
        try {
            return directory.existing(email).personId();
        } catch (java.util.NoSuchElementException notYet) {
            return directory
                    .person(jobTitle + ", " + organisation, email, jobTitle, organisation)
                    .personId();
        }
    }
}
