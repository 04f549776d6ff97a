package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import se.huddinge.delaktighet.proposal.CommentStatus;

/**
 * A comment on a published proposal, or a reply to one (one level). A resident's carries the proven address (never
 * shown); a staff reply carries the unit's name and no address. The state machine is small and kept here.
 */
@Entity
@Table(name = "comment")
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommentStatus status;

    @Column(name = "body", nullable = false, updatable = false)
    private String text;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "by_author", nullable = false)
    private boolean byAuthor;

    @Column(name = "staff_unit", length = 200, updatable = false)
    private String staffUnit;

    @Column(name = "staff_user", length = 64, updatable = false)
    private String staffUser;

    @Column(name = "notify_replies", nullable = false)
    private boolean notifyReplies;

    @Column(nullable = false)
    private int reports;

    @Column(name = "needs_review", nullable = false)
    private boolean needsReview;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(length = 40)
    private String ground;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "shown_at")
    private Instant shownAt;

    @Column(name = "moderated_at")
    private Instant moderatedAt;

    @Column(name = "moderated_by", length = 64)
    private String moderatedBy;

    protected Comment() {
    }

    /** A resident's comment, waiting for its link. */
    public static Comment byResident(long proposalId, Long parentId, String text, String displayName, String email,
                                     String language, boolean notifyReplies, Instant now) {
        var c = new Comment();
        c.proposalId = proposalId;
        c.parentId = parentId;
        c.status = CommentStatus.UNCONFIRMED;
        c.text = text;
        c.displayName = displayName;
        c.email = email;
        c.language = language;
        c.notifyReplies = notifyReplies;
        c.createdAt = now;
        return c;
    }

    /** The author's reply through their own link: proven already. */
    public static Comment byAuthor(long proposalId, Long parentId, String text, String displayName, String email,
                                   String language, Instant now) {
        var c = byResident(proposalId, parentId, text, displayName, email, language, false, now);
        c.byAuthor = true;
        c.confirmedAt = now;
        return c;
    }

    /** A reply by staff, on behalf of the municipality's unit: shown at once. */
    public static Comment byStaff(long proposalId, Long parentId, String text, String unit, String username,
                                  Instant now) {
        var c = new Comment();
        c.proposalId = proposalId;
        c.parentId = parentId;
        c.text = text;
        c.displayName = unit;
        c.staffUnit = unit;
        c.staffUser = username;
        c.language = "sv";
        c.createdAt = now;
        c.confirmedAt = now;
        c.show(now);
        return c;
    }

    /** The writer proved the address: shown at once, or waiting for an officer until {@code reviewDue}. */
    public void confirm(Instant now, boolean byAuthor, LocalDate reviewDueIfAwaiting) {
        this.confirmedAt = now;
        this.byAuthor = this.byAuthor || byAuthor;
        if (reviewDueIfAwaiting == null) {
            show(now);
        } else {
            await(reviewDueIfAwaiting);
        }
    }

    /** Pre-moderation: an officer looks by {@code due}. */
    public void await(LocalDate due) {
        this.status = CommentStatus.AWAITING;
        this.needsReview = true;
        this.reviewDue = due;
    }

    private void show(Instant now) {
        this.status = CommentStatus.SHOWN;
        if (shownAt == null) {
            this.shownAt = now;
        }
    }

    /** One more report; the comment is hidden at {@code hideAt} reports. Returns whether it was hidden now. */
    public boolean report(int hideAt, LocalDate due) {
        reports++;
        if (!needsReview) {
            needsReview = true;
            reviewDue = due;
        }
        if (status == CommentStatus.SHOWN && reports >= hideAt) {
            status = CommentStatus.HIDDEN;
            return true;
        }
        return false;
    }

    /** An officer approved it (pre-moderation) or kept it after reports: shown, the reports cleared. */
    public void approve(Instant now, String officer) {
        show(now);
        reports = 0;
        reviewed(now, officer);
    }

    /** An officer removed it on {@code ground}. */
    public void remove(String ground, Instant now, String officer) {
        this.status = CommentStatus.REMOVED;
        this.ground = ground;
        reviewed(now, officer);
    }

    private void reviewed(Instant now, String officer) {
        this.needsReview = false;
        this.reviewDue = null;
        this.moderatedAt = now;
        this.moderatedBy = officer;
    }

    public void stopReplyLetters() {
        this.notifyReplies = false;
    }

    public boolean isStaff() { return staffUnit != null; }
    public Long getId() { return id; }
    public Long getProposalId() { return proposalId; }
    public Long getParentId() { return parentId; }
    public CommentStatus getStatus() { return status; }
    public String getText() { return text; }
    public String getDisplayName() { return displayName; }
    public String getEmail() { return email; }
    public String getLanguage() { return language; }
    public boolean isByAuthor() { return byAuthor; }
    public String getStaffUnit() { return staffUnit; }
    public boolean isNotifyReplies() { return notifyReplies; }
    public int getReports() { return reports; }
    public boolean isNeedsReview() { return needsReview; }
    public LocalDate getReviewDue() { return reviewDue; }
    public String getGround() { return ground; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public Instant getShownAt() { return shownAt; }
}
