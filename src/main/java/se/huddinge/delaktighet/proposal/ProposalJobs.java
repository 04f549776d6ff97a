package se.huddinge.delaktighet.proposal;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.proposal.ProposalEvents.ProposalClosed;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;

/**
 * Closes proposals whose support period has ended below the threshold. Runs on a schedule, once across
 * instances; each proposal in its own transaction so one failure does not hold back the rest. Also forgets the
 * "Mina inskick" requests and links that are no longer needed.
 */
@Component
public class ProposalJobs {

    private final ProposalRepository proposals;
    private final ProposalSteps steps;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final MySubmissionsService mySubmissions;
    private final Clock clock;

    ProposalJobs(ProposalRepository proposals, ProposalSteps steps, ApplicationEventPublisher events,
                 TransactionTemplate tx, MySubmissionsService mySubmissions, Clock clock) {
        this.proposals = proposals;
        this.steps = steps;
        this.events = events;
        this.tx = tx;
        this.mySubmissions = mySubmissions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.proposals.forget-interval:PT1H}", initialDelayString = "PT1M")
    @SchedulerLock(name = "proposals.forgetMySubmissions", lockAtMostFor = "${portal.proposals.forget-interval:PT1H}",
            lockAtLeastFor = "${portal.proposals.forget-interval:PT1H}")
    public void scheduledForget() {
        mySubmissions.forgetOld();
    }

    @Scheduled(fixedDelayString = "${portal.proposals.close-interval:PT5M}", initialDelayString = "PT20S")
    @SchedulerLock(name = "proposals.closeEnded", lockAtMostFor = "${portal.proposals.close-interval:PT5M}",
            lockAtLeastFor = "${portal.proposals.close-interval:PT5M}")
    public void scheduledClose() {
        closeEndedSupportPeriods();
    }

    /** Returns how many proposals were closed. */
    public int closeEndedSupportPeriods() {
        Instant now = clock.instant();
        int closed = 0;
        for (Long id : proposals.findEndedSupportPeriods(now)) {
            Boolean done = tx.execute(s -> {
                Proposal p = proposals.lockById(id).orElseThrow();
                if (!p.closeIfPeriodEnded(now)) {
                    return false;
                }
                steps.record(p, now, ProposalSteps.SYSTEM, null);
                events.publishEvent(new ProposalClosed(id));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                closed++;
            }
        }
        return closed;
    }
}
