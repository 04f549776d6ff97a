package se.huddinge.delaktighet.nomination;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The prize's scheduled step, run once across instances: publishing the winners on the announcement day. Its personal
 * data is anonymised after the round's retention period by the retention job ({@code privacy.RetentionJob}), beside
 * the proposals'. Tests call {@link PrizeDecisions} directly.
 */
@Component
class PrizeJobs {

    private final PrizeDecisions decisions;

    PrizeJobs(PrizeDecisions decisions) {
        this.decisions = decisions;
    }

    @Scheduled(fixedDelayString = "${portal.prize.publish-interval:PT5M}", initialDelayString = "PT30S")
    @SchedulerLock(name = "prize.publishWinners", lockAtMostFor = "${portal.prize.publish-interval:PT5M}",
            lockAtLeastFor = "${portal.prize.publish-interval:PT5M}")
    public void scheduledPublish() {
        decisions.publishDue();
    }
}
