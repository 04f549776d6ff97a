package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.huddinge.delaktighet.base.OneTimeLink;
import se.huddinge.delaktighet.proposal.ProposalException;

/**
 * An e-mailed link that proves an address: a purpose, what it acts on, and the portal's one link rule
 * ({@link OneTimeLink}: hashes only, used, expired). Most links point at the row they act on ({@code targetId}); a
 * {@link Purpose#MY_SUBMISSIONS} link points at nothing and keeps the address it proves instead.
 */
@Entity
@Table(name = "access_link")
public class AccessLink {

    /** What following the link does. */
    public enum Purpose {
        CONFIRM_PROPOSAL, MANAGE_PROPOSAL, CONFIRM_SUPPORT, MY_SUBMISSIONS,
        /** Proves a comment's address (target: the comment). */
        CONFIRM_COMMENT,
        /** Stops the letters about replies to a comment (target: the comment); works until it expires. */
        STOP_REPLY_LETTERS,
        /** Stops the author's daily letter of new comments (target: the proposal); works until it expires. */
        STOP_COMMENT_DIGEST,
        /** Proves a follower's address (target: the follow, DD29). */
        CONFIRM_FOLLOW,
        /** Stops following (target: the follow). */
        STOP_FOLLOWING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private Purpose purpose;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Column(updatable = false, length = 254)
    private String email;

    @Embedded
    private OneTimeLink link;

    protected AccessLink() {
    }

    public AccessLink(Purpose purpose, Long targetId, Instant expiresAt) {
        this.purpose = purpose;
        this.targetId = targetId;
        this.link = OneTimeLink.unsent(expiresAt);
    }

    /** A link that proves {@code email} and points at nothing else. */
    public static AccessLink forAddress(Purpose purpose, String email, Instant expiresAt) {
        var link = new AccessLink(purpose, null, expiresAt);
        link.email = email;
        return link;
    }

    /** Why this link cannot be used for {@code expected} at {@code now}, or null when it can. */
    public ProposalException.Reason problem(Purpose expected, Instant now) {
        if (purpose != expected) {
            return ProposalException.Reason.LINK_INVALID;
        }
        return link.problem(now).map(AccessLink::reason).orElse(null);
    }

    /** The proposal module's words for the link rule's answer. */
    public static ProposalException.Reason reason(OneTimeLink.Problem problem) {
        return switch (problem) {
            case UNKNOWN -> ProposalException.Reason.LINK_INVALID;
            case USED -> ProposalException.Reason.LINK_USED;
            case EXPIRED -> ProposalException.Reason.LINK_EXPIRED;
        };
    }

    public void use(Instant now) {
        link.use(now);
    }

    /** Whether {@code token} is one of this link's two latest tokens. */
    public boolean matches(String token) {
        return link.matches(token);
    }

    /** A fresh token for the letter that is leaving now (see {@link OneTimeLink#mint}). */
    public String mint() {
        return link.mint();
    }

    /** The author's own link works at most until {@code until}: the matter ended. */
    public void endBy(Instant until) {
        link.endBy(until);
    }

    public Long getId() { return id; }
    public Purpose getPurpose() { return purpose; }
    public Long getTargetId() { return targetId; }
    public String getEmail() { return email; }
    public Instant getExpiresAt() { return link.getExpiresAt(); }
    public Instant getUsedAt() { return link.getUsedAt(); }
    public boolean isUsed() { return link.isUsed(); }
}
