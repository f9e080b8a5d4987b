package scot.cairn.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Standing;

/**
 * Generated partnerships for load tests, all managed by the bench account ({@code bench@cairn.example}), so the
 * database holds {@code cairn.demo.scale} of them besides the demo ones.
 */
@Component
class ScaleSeeder {

    static final String BENCH_EMAIL = "bench@cairn.example";
    private static final Logger log = LoggerFactory.getLogger(ScaleSeeder.class);

    private final DemoDirectory directory;
    private final DemoPartnerships partnerships;
    private final PartnershipService reads;

    ScaleSeeder(DemoDirectory directory, DemoPartnerships partnerships, PartnershipService reads) {
        this.directory = directory;
        this.partnerships = partnerships;
        this.reads = reads;
    }

    void ensure(int wanted, String password) {
        CurrentUser bench;
        try {
            bench = directory.existing(BENCH_EMAIL);
        } catch (java.util.NoSuchElementException absent) {
            bench = directory.account("Bench Mark", BENCH_EMAIL, "Load tester", "Scottish Government", password, false);
        }
        int have = reads.mine(bench).size();
        var pilots = DemoSeeder.PILOTS;
        for (int n = have; n < wanted; n++) {
            var pilot = pilots.get(n % pilots.size());
            long id = partnerships.start(
                    bench,
                    "Generated partnership %04d".formatted(n + 1),
                    pilot.market(),
                    pilot.region(),
                    pilot.aims(),
                    directory.org(pilot.publicPartner()));
            partnerships.partner(id, directory.org(pilot.thirdPartner()), Standing.CORE, bench);
            partnerships.member(id, directory.existing("david.kerr@falkirkcvs.example"), MemberRole.MEMBER, bench);
        }
        if (wanted > have) {
            log.info("Generated {} partnerships for load tests", wanted - have);
        }
    }
}
