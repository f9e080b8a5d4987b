package scot.cairn.platform;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands over again the events whose handling never finished (the node stopped, or the listener failed), as the node
 * starts and then every few minutes, on one node at a time. Only events older than {@code cairn.events.resubmit-after}
 * are taken: an event another node is handling at this moment is younger, so it is not handled twice at once (Spring
 * Modulith's own "republish on restart" takes every one, which is only safe with a single node).
 */
@Component
class EventResubmission {

    private final IncompleteEventPublications incomplete;
    private final Duration after;

    EventResubmission(IncompleteEventPublications incomplete, @Value("${cairn.events.resubmit-after}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        resubmit();
    }

    @Scheduled(
            fixedDelayString = "${cairn.events.resubmit-every}",
            initialDelayString = "${cairn.events.resubmit-every}")
    @SchedulerLock(name = "platform-event-resubmission", lockAtMostFor = "PT10M")
    public void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(after);
    }
}
