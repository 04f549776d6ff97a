package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.proposal.CommentCommon.subject;
import static se.huddinge.delaktighet.proposal.CommentCommon.ts;
import static se.huddinge.delaktighet.proposal.CommentCommon.who;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.AuditLog;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.base.Rows;
import se.huddinge.delaktighet.base.Tokens;
import se.huddinge.delaktighet.proposal.CommentEvents.CommentRemoved;
import se.huddinge.delaktighet.proposal.internal.Comment;
import se.huddinge.delaktighet.security.ClientAddress;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Moderation of comments (DD28): anyone reports a shown comment on a ground, and officers work the queue of comments
 * waiting for approval (pre-moderation) or reported (post-moderation): they show one, or remove it on a ground and
 * its writer gets a letter why. Every step is kept in the audit trail; the queue never shows an address.
 */
@Service
public class CommentModeration {

    /** A comment in the officers' queue. */
    public record Waiting(long id, long proposalId, String reference, String title, CommentStatus status, String text,
                          String name, CommentThreads.Who who, int reports, String reportedGrounds, LocalDate due) {
    }

    private final CommentCommon common;
    private final CommentRules rules;
    private final AuditLog audit;
    private final SignedIn signedIn;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentModeration(CommentCommon common, CommentRules rules, AuditLog audit, SignedIn signedIn, JdbcTemplate jdbc,
                      ApplicationEventPublisher events, Clock clock) {
        this.common = common;
        this.rules = rules;
        this.audit = audit;
        this.signedIn = signedIn;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Anyone reports a shown comment on a ground: it goes to the officers' queue, and after
     * {@code portal.comments.reports-to-hide} reports from as many client addresses it is hidden until an officer
     * looks. A client address counts once per comment, even after an officer kept it; its later reports change
     * nothing (the page thanks them alike). Returns whether it is hidden now.
     */
    /**
     * Refuses a report without a ground of the settings' list ({@link CommentGroundField#GROUND}), before the form
     * spends one of the client's reports on it.
     */
    public void checkReport(String ground) {
        common.checkGround(ground);
    }

    @Transactional
    @RetryOnDeadlock
    public boolean report(long commentId, String ground) {
        common.checkGround(ground);
        var locked = common.lock(commentId);
        Comment comment = locked.comment();
        Instant now = clock.instant();
        if (comment.getStatus() != CommentStatus.SHOWN && comment.getStatus() != CommentStatus.HIDDEN) {
            return comment.getStatus() != CommentStatus.SHOWN;
        }
        String reporter = reporter(commentId);
        // the comment's row is locked, so two reports from one address cannot both pass; the unique key backs it up
        if (jdbc.queryForObject("select count(*) from comment_report where comment_id = ? and reporter = ?",
                Integer.class, commentId, reporter) > 0) {
            return comment.getStatus() == CommentStatus.HIDDEN;
        }
        jdbc.update("insert into comment_report (comment_id, ground, reporter, created_at) values (?, ?, ?, ?)",
                commentId, ground, reporter, ts(now));
        boolean hidden = comment.report(rules.reportsToHide(), common.reviewDue(now));
        audit.record(AuditLog.Kind.COMMENT, subject(locked.proposal(), comment), null, hidden
                ? "anmäld (" + ground + "), dold efter " + comment.getReports() + " anmälningar"
                : "anmäld (" + ground + ")");
        return comment.getStatus() == CommentStatus.HIDDEN;
    }

    /** Who reported, as the database keeps it: the hash of the comment and the client address, not the address. */
    private static String reporter(long commentId) {
        String address = ClientAddress.ofCurrentRequest();
        return Tokens.hash("comment-report " + commentId + " " + (address == null ? "unknown" : address));
    }

    /** The officers' queue: comments waiting for approval and reported ones, the earliest due first. */
    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public List<Waiting> queue(Rows rows) {
        return jdbc.query("""
                select c.id, c.proposal_id, p.reference, p.title, c.status, c.body, c.display_name, c.by_author,
                       c.staff_unit, c.reports, c.review_due,
                       (select group_concat(distinct r.ground order by r.ground separator ',') from comment_report r
                        where r.comment_id = c.id) as grounds
                from comment c join proposal p on p.id = c.proposal_id
                where c.needs_review = true order by c.review_due, c.id limit ? offset ?""",
                (rs, n) -> new Waiting(rs.getLong("id"), rs.getLong("proposal_id"), rs.getString("reference"),
                        rs.getString("title"), CommentStatus.valueOf(rs.getString("status")), rs.getString("body"),
                        rs.getString("display_name"), who(rs.getBoolean("by_author"), rs.getString("staff_unit")),
                        rs.getInt("reports"), rs.getString("grounds"),
                        rs.getObject("review_due", LocalDate.class)),
                rows.getPageSize(), rows.getOffset());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public int queueSize() {
        return jdbc.queryForObject("select count(*) from comment where needs_review = true", Integer.class);
    }

    /** An officer approves a comment (pre-moderation) or keeps a reported one: it is shown. */
    @Transactional
    @RetryOnDeadlock
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public void approve(long commentId) {
        Instant now = clock.instant();
        var locked = common.lock(commentId);
        Proposal proposal = locked.proposal();
        Comment comment = locked.comment();
        if (!comment.isNeedsReview()) {
            throw new ProposalException(ProposalException.Reason.WRONG_STATE, "Not waiting for an officer");
        }
        var before = comment.getStatus();
        comment.approve(now, signedIn.username().orElse("staff"));
        common.announce(comment, proposal);
        audit.record(AuditLog.Kind.COMMENT, subject(proposal, comment), before.name(), "visas");
    }

    /** An officer removes a comment on a standard ground: the thread says so, and its writer gets a letter why. */
    @Transactional
    @RetryOnDeadlock
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public void remove(long commentId, String ground) {
        common.checkGround(ground);
        Instant now = clock.instant();
        var locked = common.lock(commentId);
        Proposal proposal = locked.proposal();
        Comment comment = locked.comment();
        if (comment.getStatus() == CommentStatus.REMOVED || comment.getStatus() == CommentStatus.UNCONFIRMED) {
            throw new ProposalException(ProposalException.Reason.WRONG_STATE, "Cannot remove");
        }
        var before = comment.getStatus();
        comment.remove(ground, now, signedIn.username().orElse("staff"));
        if (comment.getEmail() != null && !comment.isStaff()) {
            events.publishEvent(new CommentRemoved(comment.getId(), proposal.getId()));
        }
        audit.record(AuditLog.Kind.COMMENT, subject(proposal, comment), before.name(), "borttagen: " + ground);
    }
}
