package scot.cairn.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;
import scot.cairn.outcome.OutcomeFixtures;
import scot.cairn.outcome.PeriodSubmitted;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/**
 * An event whose handling a crash interrupted stays in Spring Modulith's publication registry; resubmitted (as at
 * start-up), it gives its notifications once, and once only however often it is handed over.
 */
@CairnTest
class NotificationRegistryIntegrationTests {

    @Autowired
    OutcomeFixtures outcomes;

    @Autowired
    DemoUsers users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void anEventLeftUnhandledByACrashIsHandledOnceWhenResubmitted() {
        long id = outcomes.partnership();
        long fiona = users.current(DemoUsers.FIONA).personId();
        var event = new PeriodSubmitted(
                id, "2026-Q3", users.current(DemoUsers.DAVID).personId(), java.time.Instant.now());

        // What the registry holds for the event once its transaction commits, read before the commit that would also
        // hand it to the listener, which is then rolled back: as if the node stopped between the two.
        var stored = transactions.execute(status -> {
            events.publishEvent(event);
            var rows = jdbc
                    .sql("select listener_id, event_type, serialized_event, publication_date from"
                            + " event_publication where event_type = ? and completion_date is null")
                    .param(PeriodSubmitted.class.getName())
                    .query()
                    .listOfRows()
                    .stream()
                    .filter(r -> r.get("serialized_event").toString().contains("\"partnershipId\":" + id + ","))
                    .toList();
            status.setRollbackOnly();
            return rows;
        });
        assertThat(stored).hasSize(1);
        assertThat(notices(fiona, id)).isZero();

        resubmit(stored.get(0));
        await().atMost(Duration.ofSeconds(20)).until(() -> notices(fiona, id) == 1);

        resubmit(stored.get(0));
        await().atMost(Duration.ofSeconds(20)).until(() -> left(id) == 0);
        assertThat(notices(fiona, id)).as("handed over twice, told once").isEqualTo(1);
    }

    /** Puts the publication back in the registry as unhandled and resubmits it, as a restarted node does. */
    private void resubmit(Map<String, Object> row) {
        var publication = UUID.randomUUID();
        jdbc.sql("insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,"
                        + " status, completion_attempts) values (?, ?, ?, ?, ?, 'PUBLISHED', 1)")
                .params(
                        publication,
                        row.get("listener_id"),
                        row.get("event_type"),
                        row.get("serialized_event"),
                        row.get("publication_date"))
                .update();
        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().equals(publication));
    }

    private long notices(long personId, long partnershipId) {
        return jdbc.sql("select count(*) from notification_notice where person_id = ? and partnership_id = ?")
                .params(personId, partnershipId)
                .query(Long.class)
                .single();
    }

    private long left(long partnershipId) {
        return jdbc.sql("select count(*) from event_publication where event_type = ? and serialized_event like ?")
                .params(PeriodSubmitted.class.getName(), "%\"partnershipId\":" + partnershipId + ",%")
                .query(Long.class)
                .single();
    }
}
