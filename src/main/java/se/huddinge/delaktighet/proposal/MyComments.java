package se.huddinge.delaktighet.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;

/**
 * "Mina inskick" for comments (DD28): the comments a proven address wrote, where each stands, and the letters about
 * comments it asked for, each with a way to stop. Only a {@link VerifiedAddress} opens it (as
 * {@link ProposalFollows#following} is), so nobody reads or stops what another address wrote or asked for.
 */
@Service
public class MyComments {

    /** How much of a comment's text the list shows, in characters (code points), as typed. */
    static final int EXCERPT = 140;

    /**
     * A comment the address wrote. {@code excerpt} is its text as typed, cut after {@value #EXCERPT} characters
     * with "…"; {@code ground} the ground's code when an officer removed it; {@code replyLetters} whether its writer
     * hears of replies.
     */
    public record Written(long id, String reference, String title, String excerpt, LocalDate date,
                          CommentStatus status, String ground, boolean replyLetters) {
    }

    /** A proposal of the address's own whose daily letter of new comments it gets. */
    public record Digest(String reference, String title) {
    }

    private final CommentCommon common;
    private final ProposalRepository proposals;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MyComments(CommentCommon common, ProposalRepository proposals, JdbcTemplate jdbc, Clock clock) {
        this.common = common;
        this.proposals = proposals;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether the address wrote a comment it proved: "Mina inskick" then sends it a link. */
    @Transactional(readOnly = true)
    public boolean anyFor(String email) {
        return !jdbc.queryForList("select 1 from comment where email = ? and status <> 'UNCONFIRMED' limit 1",
                Integer.class, email).isEmpty();
    }

    /** The comments the proven address wrote (proven by its link or the author's own), newest first. */
    @Transactional(readOnly = true)
    public List<Written> written(VerifiedAddress address) {
        return jdbc.query("""
                select c.id, p.reference, p.title, c.body, c.created_at, c.status, c.ground, c.notify_replies
                from comment c join proposal p on p.id = c.proposal_id
                where c.email = ? and c.status <> 'UNCONFIRMED' order by c.created_at desc, c.id desc""",
                (rs, n) -> new Written(rs.getLong("id"), rs.getString("reference"), rs.getString("title"),
                        excerpt(rs.getString("body")), LocalDate.ofInstant(rs.getTimestamp("created_at")
                        .toLocalDateTime().toInstant(ZoneOffset.UTC), clock.getZone()),
                        CommentStatus.valueOf(rs.getString("status")), rs.getString("ground"),
                        rs.getBoolean("notify_replies")),
                address.email());
    }

    /** The address's own proposals whose daily letter of new comments it gets. */
    @Transactional(readOnly = true)
    public List<Digest> digests(VerifiedAddress address) {
        return jdbc.query("""
                select p.reference, p.title from comment_digest d join proposal p on p.id = d.proposal_id
                where p.author_email = ? and p.reference is not null order by p.reference desc""",
                (rs, n) -> new Digest(rs.getString("reference"), rs.getString("title")), address.email());
    }

    /** The address no longer hears of replies to its comment; a comment of another address is left alone. */
    @Transactional
    @RetryOnDeadlock
    public void stopReplyLetters(VerifiedAddress address, long commentId) {
        var locked = common.lock(commentId);
        if (address.email().equals(locked.comment().getEmail())) {
            locked.comment().stopReplyLetters();
        }
    }

    /** The author no longer gets the daily letter of new comments on their proposal; nobody else's is touched. */
    @Transactional
    @RetryOnDeadlock
    public void stopDigest(VerifiedAddress address, String reference) {
        proposals.findIdByReference(reference).flatMap(proposals::lockById)
                .filter(p -> address.email().equals(p.getAuthorEmail()))
                .ifPresent(p -> jdbc.update("delete from comment_digest where proposal_id = ?", p.getId()));
    }

    /** The start of a text as typed: whole characters (code points), "…" when there is more. */
    static String excerpt(String text) {
        if (text.codePointCount(0, text.length()) <= EXCERPT) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
