package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.proposal.CommentCommon.subject;
import static se.huddinge.delaktighet.proposal.ProposalException.Reason.COMMENTS_CLOSED;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.base.Rows;
import se.huddinge.delaktighet.base.WorkingDays;
import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.proposal.CommentEvents.CommentRequested;
import se.huddinge.delaktighet.proposal.internal.AccessLink.Purpose;
import se.huddinge.delaktighet.proposal.internal.Comment;
import se.huddinge.delaktighet.proposal.internal.CommentRepository;
import se.huddinge.delaktighet.base.InputCheck;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;
import se.huddinge.delaktighet.security.SignedIn;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Comments on published proposals (DD28): residents write, the author and staff reply. The threads are read by
 * {@link CommentThreads}, reports and the officers' queue are {@link CommentModeration}'s, the letters one opts into
 * {@link CommentSubscriptions}'.
 * What a page reads never carries an address. Locks in the order of DD10: the proposal, the comment, the link.
 */
@Service
public class Comments {

    /** What a resident typed. */
    public record Form(String text, String name, String email, boolean notifyReplies) {
    }

    /** The outcome of following a comment's link: shown now, or waiting for an officer. */
    public record Confirmed(String reference, String title, boolean shown) {
    }

    private static final Set<CommentStatus> IN_THREAD = EnumSet.of(CommentStatus.SHOWN, CommentStatus.HIDDEN,
            CommentStatus.REMOVED);

    private final CommentCommon common;
    private final CommentRepository comments;
    private final ProposalRepository proposals;
    private final Links links;
    private final RateLimits rateLimits;
    private final CommentRules rules;
    private final ProposalRules proposalRules;
    private final AuditLog audit;
    private final SignedIn signedIn;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Comments(CommentCommon common, CommentRepository comments, ProposalRepository proposals, Links links,
             RateLimits rateLimits, CommentRules rules, ProposalRules proposalRules, AuditLog audit, SignedIn signedIn,
             JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.common = common;
        this.comments = comments;
        this.proposals = proposals;
        this.links = links;
        this.rateLimits = rateLimits;
        this.rules = rules;
        this.proposalRules = proposalRules;
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

    /** The fields' problems, none when the form is fine. */
    public FieldChecks problems(Form form) {
        var problems = new FieldChecks();
        problems.check(CommentFormField.TEXT, InputCheck.text(form.text(), rules.textMax(), true));
        problems.check(CommentFormField.NAME, InputCheck.text(form.name(), rules.nameMax(), false));
        problems.check(CommentFormField.EMAIL, InputCheck.email(form.email()));
        return problems;
    }

    /**
     * A resident writes a comment, or a reply to {@code parentId}: it is kept unproven and they get a link. The page
     * answers alike whatever the address; the address is never shown, and says nothing about supporting.
     */
    @Transactional
    @RetryOnDeadlock
    public void request(long proposalId, Long parentId, Form form, Locale locale) {
        problems(form).throwIfAny();
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
        var locked = common.lock(commentId);
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
        common.announce(comment, proposal);
        return new Confirmed(proposal.getReference(), proposal.getTitle(), comment.getStatus() == CommentStatus.SHOWN);
    }

    /**
     * The author writes through their own link (it proves them): a comment or a reply, marked as the author's, shown
     * at once or after an officer as every resident's.
     */
    @Transactional
    @RetryOnDeadlock
    public boolean commentAsAuthor(String manageToken, Long parentId, String text) {
        var problems = new FieldChecks();
        problems.check(CommentFormField.TEXT, InputCheck.text(text, rules.textMax(), true));
        problems.throwIfAny();
        Instant now = clock.instant();
        long proposalId = links.reusable(manageToken, Purpose.MANAGE_PROPOSAL).getTargetId();
        Proposal proposal = openProposal(proposalId, now);
        checkParent(proposalId, parentId);
        var comment = Comment.byAuthor(proposalId, parentId, InputCheck.clean(text), "", proposal.getAuthorEmail(),
                proposal.getLanguage(), now);
        comment.confirm(now, true, awaitingUntil(now));
        comments.save(comment);
        common.announce(comment, proposal);
        return comment.getStatus() == CommentStatus.SHOWN;
    }

    /** Staff reply on behalf of the municipality, with their unit's name: shown at once, kept in the audit trail. */
    @Transactional
    @RetryOnDeadlock
    @PreAuthorize(StaffRole.ACTS_ON_CASES)
    public void replyAsStaff(long proposalId, Long parentId, String unit, String text) {
        var problems = new FieldChecks();
        problems.check(CommentFormField.TEXT, InputCheck.text(text, rules.textMax(), true));
        problems.check(CommentFormField.UNIT, InputCheck.text(unit, rules.unitMax(), false));
        problems.throwIfAny();
        Instant now = clock.instant();
        Proposal proposal = openProposal(proposalId, now);
        checkParent(proposalId, parentId);
        String user = signedIn.username().orElse("staff");
        var comment = comments.save(Comment.byStaff(proposalId, parentId, InputCheck.clean(text),
                InputCheck.clean(unit), user, now));
        common.announce(comment, proposal);
        audit.record(AuditLog.Kind.COMMENT, subject(proposal, comment), null, "svar från " + comment.getStaffUnit());
    }

    /** The proposal a staff member replies on: its id by reference, for the page. */
    public boolean actsOnCases() {
        return signedIn.actsOnCases();
    }

    /** Whether comments are shown only after an officer approved them. */
    public boolean preModerated() {
        return rules.moderation() == CommentRules.Moderation.PRE;
    }

    private Proposal openProposal(long proposalId, Instant now) {
        Proposal proposal = proposals.lockById(proposalId).filter(p -> p.getStatus().isPublic())
                .orElseThrow(CommentCommon::notFound);
        if (!open(proposal.getStatus(), proposal.isOpenForSupport(now))) {
            throw closed();
        }
        return proposal;
    }

    private void checkParent(long proposalId, Long parentId) {
        if (parentId == null) {
            return;
        }
        var parent = comments.findById(parentId).orElseThrow(CommentCommon::notFound);
        if (parent.getProposalId() != proposalId || parent.getParentId() != null
                || !IN_THREAD.contains(parent.getStatus())) {
            throw CommentCommon.notFound();
        }
    }

    private LocalDate awaitingUntil(Instant now) {
        return rules.moderation() == CommentRules.Moderation.PRE ? common.reviewDue(now) : null;
    }


    private static ProposalException closed() {
        return new ProposalException(COMMENTS_CLOSED, "Comments are closed");
    }
}
