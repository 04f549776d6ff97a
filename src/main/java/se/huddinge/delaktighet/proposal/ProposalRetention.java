package se.huddinge.delaktighet.proposal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.Anonymised;

/**
 * What a proposal keeps of personal data, and for how long: the one place each retention rule of proposals is
 * written. The retention job (module {@code privacy}) says when; each step here runs in the caller's transaction,
 * takes the proposal's row first (the lock order of DD10: proposal, support, link) and checks its rule again under
 * that lock, so a run is idempotent and never races a resident's step. "Mina inskick" links and requests are
 * {@link MySubmissionsService#forgetOld()}'s.
 */
@Service
public class ProposalRetention {

    /** When a closed matter ended; null while it is open. */
    static final String ENDED_AT = "case p.status when 'DECIDED' then p.decided_at when 'WITHDRAWN' then p.withdrawn_at "
            + "when 'NOT_PUBLISHED' then p.closed_at when 'CLOSED_BELOW_THRESHOLD' then p.closed_at end";
    /** An unconfirmed proposal whose every confirmation link stopped working before the cut-off. */
    private static final String UNCONFIRMED = "p.status = 'SUBMITTED' and p.submitted_at < ? and not exists (select 1 "
            + "from access_link l where l.target_id = p.id and l.purpose = 'CONFIRM_PROPOSAL' and l.expires_at >= ?)";
    /** An unconfirmed support whose every confirmation link stopped working before the cut-off. */
    private static final String STALE_SUPPORT = "s.confirmed_at is null and s.created_at < ? and not exists (select 1 "
            + "from access_link l where l.target_id = s.id and l.purpose = 'CONFIRM_SUPPORT' and l.expires_at >= ?)";
    /** An unconfirmed comment whose every confirmation link stopped working before the cut-off. */
    private static final String STALE_COMMENT = "c.status = 'UNCONFIRMED' and c.created_at < ? and not exists (select 1 "
            + "from access_link l where l.target_id = c.id and l.purpose = 'CONFIRM_COMMENT' and l.expires_at >= ?)";
    /** An unconfirmed follow (DD29) whose every confirmation link stopped working before the cut-off. */
    private static final String STALE_FOLLOW = "f.confirmed_at is null and f.created_at < ? and not exists (select 1 "
            + "from access_link l where l.target_id = f.id and l.purpose = 'CONFIRM_FOLLOW' and l.expires_at >= ?)";
    private static final String DUE_FOR_ANONYMISING = "p.anonymised_at is null and p.status in ('DECIDED', 'WITHDRAWN', "
            + "'NOT_PUBLISHED', 'CLOSED_BELOW_THRESHOLD') and " + ENDED_AT + " < ?";

    /** A proposal whose personal data was anonymised, by what its letters are filed under. */
    public record Forgotten(long id, String reference, int supports) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ProposalRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Unconfirmed proposals whose confirmation link stopped working before {@code before}. */
    @Transactional(readOnly = true)
    public List<Long> unconfirmed(Instant before) {
        return jdbc.queryForList("select p.id from proposal p where " + UNCONFIRMED, Long.class, ts(before), ts(before));
    }

    /** Deletes the proposal with its links, files and timeline if it is still unconfirmed and due; whether it did. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean deleteUnconfirmed(long id, Instant before) {
        if (jdbc.queryForList("select p.id from proposal p where p.id = ? and " + UNCONFIRMED + " for update", Long.class,
                id, ts(before), ts(before)).isEmpty()) {
            return false;
        }
        jdbc.update("delete from access_link where target_id = ? and purpose in ('CONFIRM_PROPOSAL', 'MANAGE_PROPOSAL')", id);
        for (String table : List.of("proposal_attachment", "proposal_timeline", "deadline_notice", "support")) {
            jdbc.update("delete from " + table + " where proposal_id = ?", id);
        }
        return jdbc.update("delete from proposal where id = ?", id) == 1;
    }

    /** Proposals with unconfirmed supports whose confirmation link stopped working before {@code before}. */
    @Transactional(readOnly = true)
    public List<Long> withStaleSupports(Instant before) {
        return withStale("support s", STALE_SUPPORT, before);
    }

    /** Deletes a proposal's unconfirmed supports (and their links) that are due; returns the ids of those deleted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> deleteStaleSupports(long proposalId, Instant before) {
        var ids = lockStale(proposalId, "support s", STALE_SUPPORT, before);
        deleteSupports(ids);
        return ids;
    }

    /** Proposals with unconfirmed comments whose confirmation link stopped working before {@code before}. */
    @Transactional(readOnly = true)
    public List<Long> withStaleComments(Instant before) {
        return withStale("comment c", STALE_COMMENT, before);
    }

    /** Deletes a proposal's unconfirmed comments (and their links) that are due; returns the ids of those deleted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> deleteStaleComments(long proposalId, Instant before) {
        return deleteStale(proposalId, "comment", "c", STALE_COMMENT, "CONFIRM_COMMENT", before);
    }

    /** Proposals with unconfirmed follows whose confirmation link stopped working before {@code before}. */
    @Transactional(readOnly = true)
    public List<Long> withStaleFollows(Instant before) {
        return withStale("proposal_follow f", STALE_FOLLOW, before);
    }

    /** Deletes a proposal's unconfirmed follows (and their links) that are due; returns the ids of those deleted. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> deleteStaleFollows(long proposalId, Instant before) {
        return deleteStale(proposalId, "proposal_follow", "f", STALE_FOLLOW, "CONFIRM_FOLLOW", before);
    }

    /** Deletes the proposal's {@code stale} rows of {@code table} with their links of {@code purpose}; their ids. */
    private List<Long> deleteStale(long proposalId, String table, String alias, String stale, String purpose,
                                   Instant before) {
        var ids = lockStale(proposalId, table + " " + alias, stale, before);
        if (!ids.isEmpty()) {
            var some = Map.of("ids", ids, "purpose", purpose);
            named.update("delete from access_link where target_id in (:ids) and purpose = :purpose", some);
            named.update("delete from " + table + " where id in (:ids)", some);
        }
        return ids;
    }

    /** The proposals with rows of {@code from} (a table and its alias) that are {@code stale}. */
    private List<Long> withStale(String from, String stale, Instant before) {
        return jdbc.queryForList("select distinct proposal_id from " + from + " where " + stale, Long.class,
                ts(before), ts(before));
    }

    /** The proposal's row locked, then its rows of {@code from} that are {@code stale} (DD10); their ids. */
    private List<Long> lockStale(long proposalId, String from, String stale, Instant before) {
        jdbc.queryForList("select id from proposal where id = ? for update", Long.class, proposalId);
        return jdbc.queryForList("select id from " + from + " where proposal_id = ? and " + stale + " for update",
                Long.class, proposalId, ts(before), ts(before));
    }

    /** Closed proposals whose matter ended before {@code before} and whose personal data is still there. */
    @Transactional(readOnly = true)
    public List<Long> endedBefore(Instant before) {
        return jdbc.queryForList("select p.id from proposal p where " + DUE_FOR_ANONYMISING, Long.class, ts(before));
    }

    /**
     * Replaces the author's name and address and the supporters' and followers' addresses, deletes the unconfirmed supports and
     * every link of the proposal, if its matter ended before {@code before}; null when it is not due (any more).
     * The title, text, supports' dates and count and the timeline stay: the figures and the public record read them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Forgotten anonymise(long id, Instant before, Instant now) {
        var reference = jdbc.queryForList("select p.reference from proposal p where p.id = ? and " + DUE_FOR_ANONYMISING
                + " for update", String.class, id, ts(before));
        if (reference.isEmpty()) {
            return null;
        }
        // a resident without e-mail (DD40): the postal address is in author_email, the officer's note of the
        // identification goes with it
        jdbc.update("update proposal set author_name = ?, author_email = ?, identified_by = null, anonymised_at = ?, "
                + "version = version + 1 where id = ?", Anonymised.MARK, Anonymised.MARK, ts(now), id);
        deleteSupports(jdbc.queryForList("select id from support where proposal_id = ? and confirmed_at is null "
                + "for update", Long.class, id));
        jdbc.update("delete l from access_link l join support s on s.id = l.target_id and l.purpose = 'CONFIRM_SUPPORT' "
                + "where s.proposal_id = ?", id);
        jdbc.update("delete from access_link where target_id = ? and purpose in ('CONFIRM_PROPOSAL', 'MANAGE_PROPOSAL')", id);
        int supports = jdbc.update("update support set email = null, postal_key = null, identified_by = null, "
                + "notify_on_decision = false where proposal_id = ?", id);
        anonymiseComments(id, now);
        // followers (DD29): on the same schedule as the supporters; their links go, unconfirmed follows go whole
        jdbc.update("delete l from access_link l join proposal_follow f on f.id = l.target_id and l.purpose in "
                + "('CONFIRM_FOLLOW', 'STOP_FOLLOWING') where f.proposal_id = ?", id);
        jdbc.update("delete from proposal_follow where proposal_id = ? and confirmed_at is null", id);
        jdbc.update("update proposal_follow set email = null where proposal_id = ?", id);
        return new Forgotten(id, reference.get(0), supports);
    }

    /**
     * Commenters' display names and addresses go with the supporters' (DD28): a comment's text stays public unless an
     * officer removed it, its writer becomes "–", and who reported it is forgotten; unconfirmed comments are deleted
     * with their links and reports, and
     * so are the links that stop letters about comments, and the author's daily letter. Staff replies keep their
     * unit's name (not personal data).
     */
    private void anonymiseComments(long proposalId, Instant now) {
        jdbc.update("delete l from access_link l join comment c on c.id = l.target_id and l.purpose in "
                + "('CONFIRM_COMMENT', 'STOP_REPLY_LETTERS') where c.proposal_id = ?", proposalId);
        jdbc.update("delete from access_link where target_id = ? and purpose = 'STOP_COMMENT_DIGEST'", proposalId);
        jdbc.update("delete from comment_digest where proposal_id = ?", proposalId);
        jdbc.update("delete r from comment_report r join comment c on c.id = r.comment_id where c.proposal_id = ? "
                + "and c.status = 'UNCONFIRMED'", proposalId);
        // who reported (a hash of the client address) goes with the names; the reports' grounds and dates stay
        jdbc.update("update comment_report r join comment c on c.id = r.comment_id set r.reporter = null "
                + "where c.proposal_id = ?", proposalId);
        // an unconfirmed comment has no replies: nobody saw it
        jdbc.update("delete from comment where proposal_id = ? and status = 'UNCONFIRMED'", proposalId);
        jdbc.update("update comment set display_name = case when staff_unit is null then ? else display_name end, "
                + "email = null, notify_replies = false, anonymised_at = ? where proposal_id = ?", Anonymised.MARK,
                ts(now), proposalId);
    }

    /** Supports (already locked) and their links, a thousand ids per statement. */
    private void deleteSupports(List<Long> ids) {
        for (int from = 0; from < ids.size(); from += 1000) {
            var some = Map.of("ids", ids.subList(from, Math.min(from + 1000, ids.size())));
            named.update("delete from access_link where target_id in (:ids) and purpose = 'CONFIRM_SUPPORT'", some);
            named.update("delete from support where id in (:ids)", some);
        }
    }

    /** As Hibernate stores instants ({@code hibernate.jdbc.time_zone: UTC}). */
    private static LocalDateTime ts(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
