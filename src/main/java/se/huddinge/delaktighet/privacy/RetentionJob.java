package se.huddinge.delaktighet.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.base.AuditLog;
import se.huddinge.delaktighet.nomination.PrizeDecisions;
import se.huddinge.delaktighet.notification.LetterRetention;
import se.huddinge.delaktighet.proposal.ProposalRetention;

/**
 * Deletes and anonymises personal data when its period has passed ({@link RetentionPeriods}): unconfirmed proposals
 * and supports with their links and letters, the names and addresses of closed proposals and of decided prize rounds
 * with their letters, and the text of old letters. Each matter in its own transaction, its letters in the same one, so
 * a failure leaves nothing half-forgotten and the next run takes it up. Every run writes how many of each it did to
 * the audit trail, never what. Runs on a schedule, once across instances; tests call {@link #run()}.
 */
@Component
public class RetentionJob {

    /** How many of each kind one run deleted or anonymised. */
    public record Report(int unconfirmedProposals, int unconfirmedSupports, int proposals, int supports,
                         int prizeRounds, int letterContents, int letterRecipients) {

        /** For the audit trail: counts only. */
        String summary() {
            return "obekräftade förslag raderade: " + unconfirmedProposals + ", obekräftade stöd raderade: "
                    + unconfirmedSupports + ", förslag avidentifierade: " + proposals + ", stöd avidentifierade: "
                    + supports + ", prisomgångar avidentifierade: " + prizeRounds + ", brevtexter gallrade: "
                    + letterContents + ", brev avidentifierade eller raderade: " + letterRecipients;
        }
    }

    private final ProposalRetention proposals;
    private final PrizeDecisions prize;
    private final LetterRetention letters;
    private final RetentionPeriods periods;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;

    RetentionJob(ProposalRetention proposals, PrizeDecisions prize, LetterRetention letters, RetentionPeriods periods,
                 TransactionTemplate tx, AuditLog audit, Clock clock) {
        this.proposals = proposals;
        this.prize = prize;
        this.letters = letters;
        this.periods = periods;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.retention.interval:PT6H}", initialDelayString = "PT3M")
    @SchedulerLock(name = "privacy.retention", lockAtMostFor = "PT1H")
    public void scheduledRun() {
        run();
    }

    /** One run over every rule; returns what it did. */
    public Report run() {
        Instant now = clock.instant();
        var counts = new int[7];
        Instant unconfirmedBefore = RetentionPeriods.before(now, periods.unconfirmed(), clock.getZone());
        for (long id : proposals.unconfirmed(unconfirmedBefore)) {
            inTransaction(() -> {
                if (proposals.deleteUnconfirmed(id, unconfirmedBefore)) {
                    counts[0]++;
                    counts[6] += letters.deleteAboutUnconfirmedProposal(id);
                }
            });
        }
        for (long id : proposals.withStaleSupports(unconfirmedBefore)) {
            inTransaction(() -> {
                List<Long> deleted = proposals.deleteStaleSupports(id, unconfirmedBefore);
                counts[1] += deleted.size();
                counts[6] += letters.forgetSupportRequests(deleted, now);
            });
        }
        Instant closedBefore = RetentionPeriods.before(now, periods.personalData(), clock.getZone());
        for (long id : proposals.endedBefore(closedBefore)) {
            inTransaction(() -> {
                var forgotten = proposals.anonymise(id, closedBefore, now);
                if (forgotten != null) {
                    counts[2]++;
                    counts[3] += forgotten.supports();
                    counts[6] += letters.forgetAboutProposal(id, forgotten.reference(), now);
                }
            });
        }
        counts[4] = prize.anonymiseDue(nominations -> counts[6] += letters.forgetAboutNominations(nominations, now));
        inTransaction(() -> {
            var reduced = letters.deleteContentBefore(
                    RetentionPeriods.before(now, periods.letterContent(), clock.getZone()), now);
            counts[5] = reduced.contents();
            counts[6] += reduced.recipients();
        });
        var report = new Report(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5], counts[6]);
        inTransaction(() -> audit.record(AuditLog.Kind.RETENTION, "Gallring", null, report.summary()));
        return report;
    }

    private void inTransaction(Runnable step) {
        tx.executeWithoutResult(s -> step.run());
    }
}
