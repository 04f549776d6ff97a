package se.huddinge.delaktighet.base;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A listener that failed (the database was away, say) leaves its event publication incomplete in the registry.
 * This job hands such publications to their listeners again, once across instances; listeners are idempotent
 * (a letter has a unique key), so a repeat writes nothing twice. Letters that fail at the SMTP server are retried
 * by the letter outbox itself, with back-off.
 */
@Component
class EventResubmission {

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    EventResubmission(IncompleteEventPublications incomplete,
                      @Value("${portal.events.resubmit-older-than:PT5M}") Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${portal.events.resubmit-interval:PT5M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "events.resubmit", lockAtMostFor = "${portal.events.resubmit-interval:PT5M}",
            lockAtLeastFor = "${portal.events.resubmit-interval:PT5M}")
    public void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
