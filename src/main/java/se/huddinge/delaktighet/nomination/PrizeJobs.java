package se.huddinge.delaktighet.nomination;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The prize's scheduled steps, each run once across instances: publishing the winners on the announcement day,
 * and anonymising personal data after a round's retention period. Tests call {@link PrizeDecisions} directly.
 */
@Component
class PrizeJobs {

    private final PrizeDecisions decisions;

    PrizeJobs(PrizeDecisions decisions) {
        this.decisions = decisions;
    }

    @Scheduled(fixedDelayString = "${portal.prize.publish-interval:PT5M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "prize.publishWinners", lockAtMostFor = "PT10M")
    public void scheduledPublish() {
        decisions.publishDue();
    }

    @Scheduled(fixedDelayString = "${portal.prize.anonymise-interval:PT6H}", initialDelayString = "PT2M")
    @SchedulerLock(name = "prize.anonymise", lockAtMostFor = "PT30M")
    public void scheduledAnonymise() {
        decisions.anonymiseDue();
    }
}
