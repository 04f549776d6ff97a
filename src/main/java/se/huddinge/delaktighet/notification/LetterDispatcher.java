package se.huddinge.delaktighet.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.BoundedExecutor;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.notification.internal.LetterRepository;

/**
 * Delivers letters from the outbox: at once after they are written, and again on a schedule for those whose
 * earlier attempt failed. A letter is claimed (PENDING to SENDING in one conditional update) before it is sent,
 * so two threads or two instances never send the same letter at the same time.
 */
@Component
class LetterDispatcher {

    private static final Logger log = LoggerFactory.getLogger(LetterDispatcher.class);
    private static final int BATCH = 100;

    private final LetterRepository letters;
    private final MailDelivery delivery;
    private final LetterSettings settings;
    private final TransactionTemplate tx;
    private final BoundedExecutor executor;
    private final Clock clock;

    LetterDispatcher(LetterRepository letters, MailDelivery delivery, LetterSettings settings, TransactionTemplate tx,
                     BoundedExecutor executor, Clock clock) {
        this.letters = letters;
        this.delivery = delivery;
        this.settings = settings;
        this.tx = tx;
        this.executor = executor;
        this.clock = clock;
    }

    void sendSoon(long id) {
        executor.execute(() -> send(id));
    }

    @Scheduled(fixedDelayString = "${portal.letters.retry-interval:PT30S}", initialDelayString = "PT5S")
    @SchedulerLock(name = "letters.sendDue", lockAtMostFor = "${portal.letters.retry-interval:PT30S}",
            lockAtLeastFor = "${portal.letters.retry-interval:PT30S}")
    public void scheduledSendDue() {
        sendDue();
    }

    /**
     * Sends every letter that is due, a page of {@value #BATCH} at a time (a mail server back after an outage may find
     * 100,000 letters waiting: never all read at once, each page sent as {@link #sendAll} does); returns how many the
     * SMTP server took. A page of which none went out ends the round: the server is still away, or another instance is
     * sending the same letters. A long round outlives its ShedLock lock, so another instance may start one too; each
     * letter is still claimed by one of them.
     */
    int sendDue() {
        Instant now = clock.instant();
        tx.executeWithoutResult(s -> letters.releaseStuck(now.minus(settings.stuckAfter())));
        int sent = 0;
        for (List<Long> page; !(page = tx.execute(s -> letters.findDue(now, Limit.of(BATCH)))).isEmpty(); ) {
            int delivered = sendAll(page).join();
            sent += delivered;
            if (delivered == 0) {
                break;
            }
        }
        return sent;
    }

    /**
     * Sends these letters, as many at a time as the {@link BoundedExecutor} lets run (so letters to residents who just
     * asked for a link still get their turn); completes with how many the SMTP server took once each was tried.
     */
    CompletableFuture<Integer> sendAll(List<Long> ids) {
        var delivered = new AtomicInteger();
        var each = new CompletableFuture<?>[ids.size()];
        for (int i = 0; i < each.length; i++) {
            long id = ids.get(i);
            var done = new CompletableFuture<Void>();
            each[i] = done;
            executor.execute(() -> {
                try {
                    if (send(id)) {
                        delivered.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    // the database went away mid-send: the letter is sent again later, as after a crash (DD9)
                    log.warn("Letter {} not sent: {}", id, e.toString());
                } finally {
                    done.complete(null);
                }
            });
        }
        return CompletableFuture.allOf(each).thenApply(v -> delivered.get());
    }

    boolean send(long id) {
        Instant now = clock.instant();
        Integer claimed = tx.execute(s -> letters.claim(id, now));
        if (claimed == null || claimed == 0) {
            return false;
        }
        Letter letter = tx.execute(s -> letters.findById(id).orElseThrow());
        var outcome = delivery.deliver(letter);
        tx.executeWithoutResult(s -> {
            Letter l = letters.findById(id).orElseThrow();
            Instant at = clock.instant();
            switch (outcome) {
                case MailDelivery.Outcome.Delivered d -> l.sent(at);
                case MailDelivery.Outcome.Refused r -> {
                    log.warn("Letter {} refused for good: {}", id, r.reason());
                    l.failedForGood(r.reason());
                }
                case MailDelivery.Outcome.TryAgain t -> {
                    var wait = Letter.backoff(l.getAttempts(), settings.firstBackoff(), settings.maxBackoff());
                    log.info("Letter {} not delivered ({}), next try in {}", id, t.reason(), wait);
                    l.failedForNow(t.reason(), at.plus(wait));
                }
            }
        });
        return outcome instanceof MailDelivery.Outcome.Delivered;
    }
}
