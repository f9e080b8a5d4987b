package scot.cairn.demo;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Waits, once the demo data is committed, until the listeners have handled every event its seeding published. The
 * demo's steps run as of past days, so their events carry past dates; still in flight when the application is ready,
 * they would be handed over again as events older than the resubmission age, and handled twice.
 */
@Component
class DemoEvents {

    private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final JdbcTemplate jdbc;

    DemoEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void settle() {
        var until = Instant.now().plus(PATIENCE);
        while (waiting() > 0) {
            if (Instant.now().isAfter(until)) {
                log.warn("Demo data: {} events still wait for their listeners", waiting());
                return;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Events not yet handled, leaving out those whose listener failed (they are retried later, as any are). */
    private int waiting() {
        Integer n = jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null"
                        + " and (status is null or status <> 'FAILED')",
                Integer.class);
        return n == null ? 0 : n;
    }
}
