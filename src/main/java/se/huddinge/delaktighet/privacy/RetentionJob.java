package se.huddinge.delaktighet.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.base.AuditLog;
import se.huddinge.delaktighet.nomination.NominationRetention;
import se.huddinge.delaktighet.nomination.PrizeDecisions;
import se.huddinge.delaktighet.notification.LetterRetention;
import se.huddinge.delaktighet.proposal.ProposalRetention;

/**
 * Deletes and anonymises personal data when its period has passed ({@link RetentionPeriods}): unconfirmed proposals,
 * supports, comments and follows with their links and letters, unconfirmed nominations, the names and addresses of closed proposals and of decided prize rounds
 * with their letters, and the text of old letters. Each matter in its own transaction, its letters in the same one, so
 * a failure leaves nothing half-forgotten and the next run takes it up. Every run writes how many of each it did to
 * the audit trail, never what. Runs on a schedule, once across instances; tests call {@link #run()}.
 */
@Component
public class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    /** Letters reduced per transaction, so a first run over years of letters holds no lock for long. */
    static final int LETTER_BATCH = 500;

    /** How many of each kind one run deleted or anonymised. */
    public record Report(int unconfirmedProposals, int unconfirmedSupports, int unconfirmedNominations, int proposals,
                         int supports, int prizeRounds, int letterContents, int letterRecipients,
                         int unconfirmedComments, int unconfirmedFollows) {

        /** For the audit trail: counts only. */
        String summary() {
            return "obekräftade förslag raderade: " + unconfirmedProposals + ", obekräftade stöd raderade: "
                    + unconfirmedSupports + ", obekräftade nomineringar raderade: " + unconfirmedNominations
                    + ", förslag avidentifierade: " + proposals + ", stöd avidentifierade: "
                    + supports + ", prisomgångar avidentifierade: " + prizeRounds + ", brevtexter gallrade: "
                    + letterContents + ", brev avidentifierade eller raderade: " + letterRecipients
                    + ", obekräftade kommentarer raderade: " + unconfirmedComments
                    + ", obekräftade följningar raderade: " + unconfirmedFollows;
        }
    }

    private final ProposalRetention proposals;
    private final NominationRetention nominations;
    private final PrizeDecisions prize;
    private final LetterRetention letters;
    private final RetentionPeriods periods;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final Clock clock;

    RetentionJob(ProposalRetention proposals, NominationRetention nominations, PrizeDecisions prize,
                 LetterRetention letters, RetentionPeriods periods, TransactionTemplate tx, AuditLog audit, Clock clock) {
        this.proposals = proposals;
        this.nominations = nominations;
        this.prize = prize;
        this.letters = letters;
        this.periods = periods;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.retention.interval:PT6H}", initialDelayString = "PT3M")
    @SchedulerLock(name = "privacy.retention", lockAtMostFor = "${portal.retention.interval:PT6H}",
            lockAtLeastFor = "${portal.retention.interval:PT6H}")
    public void scheduledRun() {
        run();
    }

    /** One run over every rule; returns what it did. */
    public Report run() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        var n = new Counts();
        Instant unconfirmedBefore = RetentionPeriods.before(now, periods.unconfirmed(), clock.getZone());
        for (long id : proposals.unconfirmed(unconfirmedBefore)) {
            inTransaction(() -> {
                if (proposals.deleteUnconfirmed(id, unconfirmedBefore)) {
                    n.unconfirmedProposals++;
                    n.letterRecipients += letters.deleteAboutUnconfirmedProposal(id);
                }
            });
        }
        for (long id : proposals.withStaleSupports(unconfirmedBefore)) {
            inTransaction(() -> {
                List<Long> deleted = proposals.deleteStaleSupports(id, unconfirmedBefore);
                n.unconfirmedSupports += deleted.size();
                n.letterRecipients += letters.forgetSupportRequests(deleted, now);
            });
        }
        for (long id : proposals.withStaleComments(unconfirmedBefore)) {
            inTransaction(() -> {
                List<Long> deleted = proposals.deleteStaleComments(id, unconfirmedBefore);
                n.unconfirmedComments += deleted.size();
                n.letterRecipients += letters.forgetCommentRequests(deleted, now);
            });
        }
        for (long id : proposals.withStaleFollows(unconfirmedBefore)) {
            inTransaction(() -> {
                List<Long> deleted = proposals.deleteStaleFollows(id, unconfirmedBefore);
                n.unconfirmedFollows += deleted.size();
                n.letterRecipients += letters.forgetFollowRequests(deleted, now);
            });
        }
        for (long id : nominations.unconfirmed(unconfirmedBefore)) {
            inTransaction(() -> {
                if (nominations.deleteUnconfirmed(id, unconfirmedBefore)) {
                    n.unconfirmedNominations++;
                    n.letterRecipients += letters.deleteAboutUnconfirmedNomination(id);
                }
            });
        }
        Instant closedBefore = RetentionPeriods.before(now, periods.personalData(), clock.getZone());
        for (long id : proposals.endedBefore(closedBefore)) {
            inTransaction(() -> {
                var forgotten = proposals.anonymise(id, closedBefore, now);
                if (forgotten != null) {
                    n.proposals++;
                    n.supports += forgotten.supports();
                    n.letterRecipients += letters.forgetAboutProposal(id, forgotten.reference(), now);
                }
            });
        }
        n.prizeRounds = prize.anonymiseDue(round -> n.letterRecipients += letters.forgetAboutNominations(round, now));
        Instant deliveredBefore = RetentionPeriods.before(now, periods.letterContent(), clock.getZone());
        int reduced;
        do {
            reduced = tx.execute(s -> letters.deleteContentBefore(deliveredBefore, now, LETTER_BATCH));
            n.letterContents += reduced;
        } while (reduced == LETTER_BATCH);
        var report = new Report(n.unconfirmedProposals, n.unconfirmedSupports, n.unconfirmedNominations, n.proposals,
                n.supports, n.prizeRounds, n.letterContents, n.letterRecipients, n.unconfirmedComments, n.unconfirmedFollows);
        inTransaction(() -> audit.record(AuditLog.Kind.RETENTION, "Gallring", null, report.summary()));
        log.info("Retention run in {} ms: {}", (System.nanoTime() - started) / 1_000_000, report.summary());
        return report;
    }

    /** The run's tally, added to from each matter's transaction. */
    private static final class Counts {
        int unconfirmedProposals;
        int unconfirmedSupports;
        int unconfirmedComments;
        int unconfirmedFollows;
        int unconfirmedNominations;
        int proposals;
        int supports;
        int prizeRounds;
        int letterContents;
        int letterRecipients;
    }

    private void inTransaction(Runnable step) {
        tx.executeWithoutResult(s -> step.run());
    }
}
