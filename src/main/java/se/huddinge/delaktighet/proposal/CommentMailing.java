package se.huddinge.delaktighet.proposal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.proposal.internal.CommentRepository;
import se.huddinge.delaktighet.security.SignedIn;

/**
 * The letters' door to commenters' addresses (as {@link ProposalMailing} is to authors' and supporters'): for the
 * notification module's listeners only, refused to every other caller ({@link SignedIn#requireSystem()}).
 */
@Service
public class CommentMailing {

    /**
     * A comment's writer and words, for a letter to them (or about their comment).
     *
     * @param who how the thread marks the writer; {@code name} is the unit's on a staff reply
     */
    public record Written(long id, long proposalId, Long parentId, String email, String language, String name,
                          CommentThreads.Who who, String text, String ground) {
    }

    private final CommentRepository comments;
    private final JdbcTemplate jdbc;
    private final SignedIn signedIn;

    CommentMailing(CommentRepository comments, JdbcTemplate jdbc, SignedIn signedIn) {
        this.comments = comments;
        this.jdbc = jdbc;
        this.signedIn = signedIn;
    }

    @Transactional(readOnly = true)
    public Written written(long commentId) {
        signedIn.requireSystem();
        var c = comments.findById(commentId).orElseThrow(CommentCommon::notFound);
        return new Written(c.getId(), c.getProposalId(), c.getParentId(), c.getEmail(), c.getLanguage(),
                c.getDisplayName(), c.isStaff() ? CommentThreads.Who.STAFF : c.isByAuthor() ? CommentThreads.Who.AUTHOR
                : CommentThreads.Who.RESIDENT, c.getText(), c.getGround());
    }

    /** The comments shown on a proposal in [{@code from}, {@code until}) that are still shown, but the author's own. */
    @Transactional(readOnly = true)
    public List<Written> shownBetween(long proposalId, Instant from, Instant until) {
        signedIn.requireSystem();
        return jdbc.query("select id, parent_id, language, display_name, by_author, staff_unit, body from comment "
                        + "where proposal_id = ? and status = 'SHOWN' and by_author = false and shown_at >= ? "
                        + "and shown_at < ? order by shown_at, id limit 200",
                (rs, n) -> new Written(rs.getLong("id"), proposalId, (Long) rs.getObject("parent_id", Long.class),
                        null, rs.getString("language"), rs.getString("display_name"), rs.getString("staff_unit") != null
                        ? CommentThreads.Who.STAFF : CommentThreads.Who.RESIDENT, rs.getString("body"), null),
                proposalId, ts(from), ts(until));
    }

    private static LocalDateTime ts(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
