package se.huddinge.delaktighet.proposal;

import se.huddinge.delaktighet.base.form.InvalidInput;
import static se.huddinge.delaktighet.proposal.ProposalException.Reason.NOT_FOUND;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.LinkRef;
import se.huddinge.delaktighet.base.LinkSettings;
import se.huddinge.delaktighet.base.WorkingDays;
import se.huddinge.delaktighet.proposal.CommentEvents.CommentReplyShown;
import se.huddinge.delaktighet.proposal.internal.AccessLink.Purpose;
import se.huddinge.delaktighet.proposal.internal.Comment;
import se.huddinge.delaktighet.proposal.internal.CommentRepository;
import se.huddinge.delaktighet.proposal.internal.ProposalRepository;

/**
 * What {@link Comments}, {@link CommentModeration} and {@link CommentSubscriptions} share (DD28): the lock order of
 * DD10 (the proposal's row, then the comment's), the letter to the writer of the comment a reply answers, and the
 * due date of an officer's look. Runs in the caller's transaction.
 */
@Component
class CommentCommon {

    private final CommentRepository comments;
    private final ProposalRepository proposals;
    private final Links links;
    private final CommentRules rules;
    private final LinkSettings linkSettings;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentCommon(CommentRepository comments, ProposalRepository proposals, Links links, CommentRules rules,
                  LinkSettings linkSettings, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.proposals = proposals;
        this.links = links;
        this.rules = rules;
        this.linkSettings = linkSettings;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    /** A comment and its proposal, locked in the order of DD10: the proposal's row, then the comment's. */
    record Locked(Proposal proposal, Comment comment) {
    }

    Locked lock(long commentId) {
        Proposal proposal = comments.findProposalId(commentId).flatMap(proposals::lockById)
                .orElseThrow(CommentCommon::notFound);
        return new Locked(proposal, comments.lockById(commentId).orElseThrow(CommentCommon::notFound));
    }

    /** A comment that became visible: the writer of the comment it answers hears, if they asked. */
    void announce(Comment comment, Proposal proposal) {
        if (comment.getStatus() != CommentStatus.SHOWN || comment.getParentId() == null) {
            return;
        }
        var parent = comments.findById(comment.getParentId()).orElseThrow(CommentCommon::notFound);
        if (parent.isNotifyReplies() && parent.getEmail() != null && !parent.getEmail().equals(comment.getEmail())) {
            long stop = links.issue(Purpose.STOP_REPLY_LETTERS, parent.getId(), linkSettings.manageLongest());
            events.publishEvent(new CommentReplyShown(comment.getId(), parent.getId(), proposal.getId(),
                    new LinkRef(Links.KIND, stop)));
        }
    }

    /** The day an officer should have looked, counted in working days from now. */
    LocalDate reviewDue(Instant now) {
        return workingDays.plusWorkingDays(LocalDate.ofInstant(now, clock.getZone()), rules.reviewWorkingDays());
    }

    void checkGround(String ground) {
        if (rules.ground(ground == null ? "" : ground).isEmpty()) {
            throw new InvalidInput(CommentGroundField.GROUND, se.huddinge.delaktighet.base.form.Reason.REQUIRED);
        }
    }

    /** Who wrote a comment, from its row. */
    static CommentThreads.Who who(boolean byAuthor, String unit) {
        return unit != null ? CommentThreads.Who.STAFF : byAuthor ? CommentThreads.Who.AUTHOR : CommentThreads.Who.RESIDENT;
    }

    /** A comment as the audit trail names it. */
    static String subject(Proposal p, Comment c) {
        return p.getReference() + " kommentar " + c.getId();
    }

    static LocalDateTime ts(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static ProposalException notFound() {
        return new ProposalException(NOT_FOUND, "No such comment");
    }
}
