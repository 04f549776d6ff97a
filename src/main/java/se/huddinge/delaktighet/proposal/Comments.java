package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.proposal.ProposalException.Reason.COMMENTS_CLOSED;
import static se.huddinge.delaktighet.proposal.ProposalException.Reason.NOT_FOUND;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.AuditLog;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.base.LinkSettings;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.base.Rows;
import se.huddinge.delaktighet.base.WorkingDays;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.CommentEvents.CommentRemoved;
import se.huddinge.delaktighet.proposal.CommentEvents.CommentReplyShown;
import se.huddinge.delaktighet.proposal.CommentEvents.CommentRequested;
import se.huddinge.delaktighet.proposal.internal.AccessLink.Purpose;
import se.huddinge.delaktighet.proposal.internal.Comment;
import se.huddinge.delaktighet.proposal.internal.CommentRepository;
import se.huddinge.delaktighet.proposal.internal.InputCheck;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Comments on published proposals (DD28): residents write and report, the author and staff reply, officers moderate.
 * What a page reads never carries an address. Locks in the order of DD10: the proposal, the comment, the link.
 */
@Service
public class Comments {

    /** Who wrote a comment, as the thread marks it. */
    public enum Who { RESIDENT, AUTHOR, STAFF }

    /**
     * A comment as anyone sees it. The text is null when the comment is hidden or removed (the thread says why);
     * {@code name} is the writer's display name, or the unit's on a staff reply.
     */
    public record PublicComment(long id, Long parentId, CommentStatus status, String text, String name, Who who,
                                String ground, Instant at) {
    }

    /** A comment and its replies, oldest first. */
    public record Thread(PublicComment comment, List<PublicComment> replies) {
    }

    /** One page of a proposal's threads, and how many threads there are in all. */
    public record Page(int page, int pages, long threads, List<Thread> items) {
    }

    /** What a resident typed. */
    public record Form(String text, String name, String email, boolean notifyReplies) {
    }

    /** The outcome of following a comment's link: shown now, or waiting for an officer. */
    public record Confirmed(String reference, String title, boolean shown) {
    }

    /** A comment in the officers' queue. */
    public record Waiting(long id, long proposalId, String reference, String title, CommentStatus status, String text,
                          String name, Who who, int reports, String reportedGrounds, LocalDate due) {
    }

    private static final Set<CommentStatus> IN_THREAD = EnumSet.of(CommentStatus.SHOWN, CommentStatus.HIDDEN,
            CommentStatus.REMOVED);
    private static final String IN_THREAD_SQL = "('SHOWN', 'HIDDEN', 'REMOVED')";

    private final CommentRepository comments;
    private final ProposalRepository proposals;
    private final Links links;
    private final RateLimits rateLimits;
    private final CommentRules rules;
    private final ProposalRules proposalRules;
    private final LinkSettings linkSettings;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final SignedIn signedIn;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Comments(CommentRepository comments, ProposalRepository proposals, Links links, RateLimits rateLimits,
             CommentRules rules, ProposalRules proposalRules, LinkSettings linkSettings, WorkingDays workingDays,
             AuditLog audit, SignedIn signedIn, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.proposals = proposals;
        this.links = links;
        this.rateLimits = rateLimits;
        this.rules = rules;
        this.proposalRules = proposalRules;
        this.linkSettings = linkSettings;
        this.workingDays = workingDays;
        this.audit = audit;
        this.signedIn = signedIn;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a proposal in this state takes new comments (portal.comments.close-on). */
    public boolean open(PublicProposal p) {
        return open(p.status(), p.openForSupport());
    }

    private boolean open(ProposalStatus status, boolean openForSupport) {
        if (!status.isPublic()) {
            return false;
        }
        return switch (rules.closeOn()) {
            case DECIDED -> status != ProposalStatus.DECIDED;
            case REFERRED -> status != ProposalStatus.DECIDED && status != ProposalStatus.REFERRED;
            case SUPPORT_END -> openForSupport;
        };
    }

    /**
     * One page (from 0) of a proposal's threads, oldest first, each with its replies: one query, whatever the page and
     * however many comments the proposal has.
     */
    @Transactional(readOnly = true)
    public Page page(long proposalId, int page) {
        int size = rules.pageSize();
        int p = Math.max(0, page);
        var rows = jdbc.query("""
                with t as (select id, count(*) over () as threads from comment
                           where proposal_id = ? and parent_id is null and status in %1$s
                           order by id limit ? offset ?)
                select c.id, c.parent_id, c.status, c.body, c.display_name, c.by_author, c.staff_unit, c.ground,
                       c.shown_at, t.threads, t.id as thread from t join comment c on c.id = t.id
                union all
                select c.id, c.parent_id, c.status, c.body, c.display_name, c.by_author, c.staff_unit, c.ground,
                       c.shown_at, t.threads, t.id as thread from t join comment c on c.parent_id = t.id
                       and c.status in %1$s
                order by thread, parent_id is not null, id""".formatted(IN_THREAD_SQL),
                (rs, n) -> Map.entry(rs.getLong("threads"), new PublicComment(rs.getLong("id"),
                        (Long) rs.getObject("parent_id", Long.class), CommentStatus.valueOf(rs.getString("status")),
                        rs.getString("body"), rs.getString("display_name"), who(rs.getBoolean("by_author"),
                        rs.getString("staff_unit")), rs.getString("ground"), instant(rs.getTimestamp("shown_at")))),
                proposalId, size, (long) p * size);
        if (rows.isEmpty() && p > 0) {
            return page(proposalId, 0);
        }
        long threads = rows.isEmpty() ? 0 : rows.getFirst().getKey();
        var byThread = new LinkedHashMap<Long, Thread>();
        for (var row : rows) {
            var c = visible(row.getValue());
            if (c.parentId() == null) {
                byThread.put(c.id(), new Thread(c, new ArrayList<>()));
            } else {
                byThread.get(c.parentId()).replies().add(c);
            }
        }
        int pages = (int) Math.max(1, (threads + size - 1) / size);
        return new Page(p, pages, threads, List.copyOf(byThread.values()));
    }

    /** How many comments a proposal shows (replies included). */
    @Transactional(readOnly = true)
    public long count(long proposalId) {
        return jdbc.queryForObject("select count(*) from comment where proposal_id = ? and status = 'SHOWN'",
                Long.class, proposalId);
    }

    private static PublicComment visible(PublicComment c) {
        return c.status() == CommentStatus.SHOWN ? c : new PublicComment(c.id(), c.parentId(), c.status(), null,
                null, c.who(), c.status() == CommentStatus.REMOVED ? c.ground() : null, c.at());
    }

    private static Who who(boolean byAuthor, String unit) {
        return unit != null ? Who.STAFF : byAuthor ? Who.AUTHOR : Who.RESIDENT;
    }

    /** The fields' problems (translation keys under {@code comments.invalid.}), empty when the form is fine. */
    public Map<String, String> problems(Form form) {
        var problems = new LinkedHashMap<String, String>();
        put(problems, "text", InputCheck.text(form.text(), rules.textMax(), true));
        put(problems, "name", InputCheck.text(form.name(), rules.nameMax(), false));
        put(problems, "email", InputCheck.email(form.email()));
        return problems;
    }

    private static void put(Map<String, String> problems, String field, String problem) {
        if (problem != null) {
            problems.put(field, problem);
        }
    }

    /**
     * A resident writes a comment, or a reply to {@code parentId}: it is kept unproven and they get a link. The page
     * answers alike whatever the address; the address is never shown, and says nothing about supporting.
     */
    @Transactional
    @RetryOnDeadlock
    public void request(long proposalId, Long parentId, Form form, Locale locale) {
        var problems = problems(form);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = clock.instant();
        Proposal proposal = openProposal(proposalId, now);
        checkParent(proposal.getId(), parentId);
        String address = InputCheck.normaliseEmail(form.email());
        rateLimits.linkLetter(address, CommentFormField.EMAIL);
        var comment = comments.save(Comment.byResident(proposal.getId(), parentId, InputCheck.clean(form.text()),
                InputCheck.clean(form.name()), address, PortalI18n.supported(locale).getLanguage(),
                form.notifyReplies(), now));
        long link = links.issue(Purpose.CONFIRM_COMMENT, comment.getId(), proposalRules.linkValidity());
        events.publishEvent(new CommentRequested(comment.getId(), proposal.getId(), new LinkRef(Links.KIND, link)));
    }

    /** The writer followed the link: the comment is shown, or waits for an officer (pre-moderation). */
    @Transactional
    @RetryOnDeadlock
    public Confirmed confirm(String token) {
        Instant now = clock.instant();
        long commentId = links.target(token, Purpose.CONFIRM_COMMENT);
        var locked = lock(commentId);
        Proposal proposal = locked.proposal();
        Comment comment = locked.comment();
        if (comment.getStatus() != CommentStatus.UNCONFIRMED) {
            return new Confirmed(proposal.getReference(), proposal.getTitle(), comment.getStatus() != CommentStatus.AWAITING);
        }
        if (!open(proposal.getStatus(), proposal.isOpenForSupport(now))) {
            throw closed();
        }
        links.use(token, Purpose.CONFIRM_COMMENT);
        comment.confirm(now, comment.getEmail().equals(proposal.getAuthorEmail()), awaitingUntil(now));
        announce(comment, proposal);
        return new Confirmed(proposal.getReference(), proposal.getTitle(), comment.getStatus() == CommentStatus.SHOWN);
    }

    /**
     * The author writes through their own link (it proves them): a comment or a reply, marked as the author's, shown
     * at once or after an officer as every resident's.
     */
    @Transactional
    @RetryOnDeadlock
    public boolean commentAsAuthor(String manageToken, Long parentId, String text) {
        String problem = InputCheck.text(text, rules.textMax(), true);
        if (problem != null) {
            throw new InvalidInput(Map.of("text", problem));
        }
        Instant now = clock.instant();
        long proposalId = links.reusable(manageToken, Purpose.MANAGE_PROPOSAL).getTargetId();
        Proposal proposal = openProposal(proposalId, now);
        checkParent(proposalId, parentId);
        var comment = Comment.byAuthor(proposalId, parentId, InputCheck.clean(text), "", proposal.getAuthorEmail(),
                proposal.getLanguage(), now);
        comment.confirm(now, true, awaitingUntil(now));
        comments.save(comment);
        announce(comment, proposal);
        return comment.getStatus() == CommentStatus.SHOWN;
    }

    /** Staff reply on behalf of the municipality, with their unit's name: shown at once, kept in the audit trail. */
    @Transactional
    @RetryOnDeadlock
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public void replyAsStaff(long proposalId, Long parentId, String unit, String text) {
        var problems = new LinkedHashMap<String, String>();
        put(problems, "text", InputCheck.text(text, rules.textMax(), true));
        put(problems, "unit", InputCheck.text(unit, rules.unitMax(), false));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Instant now = clock.instant();
        Proposal proposal = openProposal(proposalId, now);
        checkParent(proposalId, parentId);
        String user = signedIn.username().orElse("staff");
        var comment = comments.save(Comment.byStaff(proposalId, parentId, InputCheck.clean(text),
                InputCheck.clean(unit), user, now));
        announce(comment, proposal);
        audit.record(AuditLog.Kind.COMMENT, subject(proposal, comment), null, "svar från " + comment.getStaffUnit());
    }

    /**
     * Anyone reports a shown comment on a ground: it goes to the officers' queue, and after
     * {@code portal.comments.reports-to-hide} reports it is hidden until an officer looks. Returns whether it is
     * hidden now.
     */
    @Transactional
    @RetryOnDeadlock
    public boolean report(long commentId, String ground) {
        checkGround(ground);
        var locked = lock(commentId);
        Comment comment = locked.comment();
        Instant now = clock.instant();
        if (comment.getStatus() != CommentStatus.SHOWN && comment.getStatus() != CommentStatus.HIDDEN) {
            return comment.getStatus() != CommentStatus.SHOWN;
        }
        jdbc.update("insert into comment_report (comment_id, ground, created_at) values (?, ?, ?)", commentId, ground,
                ts(now));
        boolean hidden = comment.report(rules.reportsToHide(), reviewDue(now));
        audit.record(AuditLog.Kind.COMMENT, subject(locked.proposal(), comment), null, hidden
                ? "anmäld (" + ground + "), dold efter " + comment.getReports() + " anmälningar"
                : "anmäld (" + ground + ")");
        return comment.getStatus() == CommentStatus.HIDDEN;
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
        var locked = lock(commentId);
        Proposal proposal = locked.proposal();
        Comment comment = locked.comment();
        if (!comment.isNeedsReview()) {
            throw new ProposalException(ProposalException.Reason.WRONG_STATE, "Not waiting for an officer");
        }
        var before = comment.getStatus();
        comment.approve(now, signedIn.username().orElse("staff"));
        announce(comment, proposal);
        audit.record(AuditLog.Kind.COMMENT, subject(proposal, comment), before.name(), "visas");
    }

    /** An officer removes a comment on a standard ground: the thread says so, and its writer gets a letter why. */
    @Transactional
    @RetryOnDeadlock
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public void remove(long commentId, String ground) {
        checkGround(ground);
        Instant now = clock.instant();
        var locked = lock(commentId);
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

    /** The proposal a staff member replies on: its id by reference, for the page. */
    public boolean actsOnCases() {
        return signedIn.actsOnCases();
    }

    /** Whether comments are shown only after an officer approved them. */
    public boolean preModerated() {
        return rules.moderation() == CommentRules.Moderation.PRE;
    }

    /** The link a reply letter stops: replies to that comment; returns the proposal's title. */
    @Transactional
    @RetryOnDeadlock
    public String stopReplyLetters(String token) {
        long commentId = links.reusable(token, Purpose.STOP_REPLY_LETTERS).getTargetId();
        Proposal proposal = comments.findProposalId(commentId).flatMap(proposals::lockById)
                .orElseThrow(Comments::notFound);
        comments.lockById(commentId).orElseThrow(Comments::notFound).stopReplyLetters();
        return proposal.getTitle();
    }

    /** The author turns the daily letter of new comments on or off through their own link. */
    @Transactional
    @RetryOnDeadlock
    public void digest(String manageToken, boolean on) {
        long proposalId = links.reusable(manageToken, Purpose.MANAGE_PROPOSAL).getTargetId();
        proposals.lockById(proposalId).orElseThrow(Comments::notFound);
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
        Proposal proposal = proposals.lockById(proposalId).orElseThrow(Comments::notFound);
        jdbc.update("delete from comment_digest where proposal_id = ?", proposalId);
        return proposal.getTitle();
    }

    /** A comment that became visible: the writer of the comment it answers hears, if they asked. */
    private void announce(Comment comment, Proposal proposal) {
        if (comment.getStatus() != CommentStatus.SHOWN || comment.getParentId() == null) {
            return;
        }
        var parent = comments.findById(comment.getParentId()).orElseThrow(Comments::notFound);
        if (parent.isNotifyReplies() && parent.getEmail() != null && !parent.getEmail().equals(comment.getEmail())) {
            long stop = links.issue(Purpose.STOP_REPLY_LETTERS, parent.getId(), linkSettings.manageLongest());
            events.publishEvent(new CommentReplyShown(comment.getId(), parent.getId(), proposal.getId(),
                    new LinkRef(Links.KIND, stop)));
        }
    }

    /** A comment and its proposal, locked in the order of DD10: the proposal's row, then the comment's. */
    private record Locked(Proposal proposal, Comment comment) {
    }

    private Locked lock(long commentId) {
        Proposal proposal = comments.findProposalId(commentId).flatMap(proposals::lockById)
                .orElseThrow(Comments::notFound);
        return new Locked(proposal, comments.lockById(commentId).orElseThrow(Comments::notFound));
    }

    private void checkGround(String ground) {
        if (rules.ground(ground == null ? "" : ground).isEmpty()) {
            throw new InvalidInput(Map.of("ground", "required"));
        }
    }

    private Proposal openProposal(long proposalId, Instant now) {
        Proposal proposal = proposals.lockById(proposalId).filter(p -> p.getStatus().isPublic())
                .orElseThrow(Comments::notFound);
        if (!open(proposal.getStatus(), proposal.isOpenForSupport(now))) {
            throw closed();
        }
        return proposal;
    }

    private void checkParent(long proposalId, Long parentId) {
        if (parentId == null) {
            return;
        }
        var parent = comments.findById(parentId).orElseThrow(Comments::notFound);
        if (parent.getProposalId() != proposalId || parent.getParentId() != null
                || !IN_THREAD.contains(parent.getStatus())) {
            throw notFound();
        }
    }

    private LocalDate awaitingUntil(Instant now) {
        return rules.moderation() == CommentRules.Moderation.PRE ? reviewDue(now) : null;
    }

    private LocalDate reviewDue(Instant now) {
        return workingDays.plusWorkingDays(LocalDate.ofInstant(now, clock.getZone()), rules.reviewWorkingDays());
    }

    private static String subject(Proposal p, Comment c) {
        return p.getReference() + " kommentar " + c.getId();
    }

    private static LocalDateTime ts(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(java.sql.Timestamp t) {
        return t == null ? null : t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    static ProposalException notFound() {
        return new ProposalException(NOT_FOUND, "No such comment");
    }

    private static ProposalException closed() {
        return new ProposalException(COMMENTS_CLOSED, "Comments are closed");
    }
}
