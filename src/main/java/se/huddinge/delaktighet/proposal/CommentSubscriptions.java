package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.proposal.CommentCommon.ts;

import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.proposal.internal.AccessLink.Purpose;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;

/**
 * The letters about comments one opts into (DD28): replies to one's comment (asked for on the form) and the author's
 * daily letter of new comments (asked for on the author's own page). Each stops with one click on the link in its
 * letter.
 */
@Service
public class CommentSubscriptions {

    private final CommentCommon common;
    private final ProposalRepository proposals;
    private final Links links;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    CommentSubscriptions(CommentCommon common, ProposalRepository proposals, Links links, JdbcTemplate jdbc, Clock clock) {
        this.common = common;
        this.proposals = proposals;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The link a reply letter stops: replies to that comment; returns the proposal's title. */
    @Transactional
    @RetryOnDeadlock
    public String stopReplyLetters(String token) {
        long commentId = links.reusable(token, Purpose.STOP_REPLY_LETTERS).getTargetId();
        var locked = common.lock(commentId);
        locked.comment().stopReplyLetters();
        return locked.proposal().getTitle();
    }

    /** The author turns the daily letter of new comments on or off through their own link. */
    @Transactional
    @RetryOnDeadlock
    public void digest(String manageToken, boolean on) {
        long proposalId = links.reusable(manageToken, Purpose.MANAGE_PROPOSAL).getTargetId();
        proposals.lockById(proposalId).orElseThrow(CommentCommon::notFound);
        if (on) {
            jdbc.update("insert ignore into comment_digest (proposal_id, since) values (?, ?)", proposalId,
                    ts(clock.instant()));
        } else {
            jdbc.update("delete from comment_digest where proposal_id = ?", proposalId);
        }
    }

    /** Whether the author gets the daily letter of new comments. */
    @Transactional(readOnly = true)
    public boolean digestOn(String manageToken) {
        long proposalId = links.reusable(manageToken, Purpose.MANAGE_PROPOSAL).getTargetId();
        return jdbc.queryForObject("select count(*) from comment_digest where proposal_id = ?", Integer.class,
                proposalId) > 0;
    }

    /** The link a digest letter stops: the author's daily letter; returns the proposal's title. */
    @Transactional
    @RetryOnDeadlock
    public String stopDigest(String token) {
        long proposalId = links.reusable(token, Purpose.STOP_COMMENT_DIGEST).getTargetId();
        Proposal proposal = proposals.lockById(proposalId).orElseThrow(CommentCommon::notFound);
        jdbc.update("delete from comment_digest where proposal_id = ?", proposalId);
        return proposal.getTitle();
    }
}
