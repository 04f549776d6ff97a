package se.huddinge.delaktighet.proposal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.base.LinkSettings;
import se.huddinge.delaktighet.proposal.CommentEvents.CommentDigestDue;
import se.huddinge.delaktighet.proposal.internal.AccessLink.Purpose;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;

/**
 * The authors' daily letter of new comments: at most one a day per proposal, only when something new was shown
 * since the last one. Runs on a schedule, once across instances; each proposal in its own transaction.
 */
@Component
public class CommentJobs {

    /** At most one letter in this long. */
    static final Duration DAY = Duration.ofDays(1);
    private static final String DUE = "select d.proposal_id from comment_digest d where (d.last_sent_at is null "
            + "or d.last_sent_at <= ?) and exists (select 1 from comment c where c.proposal_id = d.proposal_id "
            + "and c.status = 'SHOWN' and c.by_author = false and c.shown_at >= d.since and c.shown_at < ?)";

    private final JdbcTemplate jdbc;
    private final ProposalRepository proposals;
    private final Links links;
    private final LinkSettings linkSettings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    CommentJobs(JdbcTemplate jdbc, ProposalRepository proposals, Links links, LinkSettings linkSettings,
                ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.links = links;
        this.linkSettings = linkSettings;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${portal.comments.digest-interval:PT1H}", initialDelayString = "PT2M")
    @SchedulerLock(name = "comments.digests", lockAtMostFor = "PT30M")
    public void scheduledDigests() {
        sendDigests();
    }

    /** Plans the daily letters that are due now; returns how many. */
    public int sendDigests() {
        Instant now = clock.instant();
        int sent = 0;
        for (Long id : jdbc.queryForList(DUE, Long.class, ts(now.minus(DAY)), ts(now))) {
            Boolean done = tx.execute(s -> {
                proposals.lockById(id).orElseThrow();
                // checked again under the proposal's lock: another instance or run may have sent it
                var since = jdbc.queryForList(DUE.replace("from comment_digest d where", "from comment_digest d "
                        + "where d.proposal_id = ? and") .replace("select d.proposal_id", "select d.since"),
                        LocalDateTime.class, id, ts(now.minus(DAY)), ts(now));
                if (since.isEmpty()) {
                    return false;
                }
                long stop = links.issue(Purpose.STOP_COMMENT_DIGEST, id, linkSettings.manageLongest());
                jdbc.update("update comment_digest set since = ?, last_sent_at = ? where proposal_id = ?", ts(now),
                        ts(now), id);
                events.publishEvent(new CommentDigestDue(id, since.getFirst().toInstant(ZoneOffset.UTC), now,
                        new LinkRef(Links.KIND, stop)));
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                sent++;
            }
        }
        return sent;
    }

    private static LocalDateTime ts(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
