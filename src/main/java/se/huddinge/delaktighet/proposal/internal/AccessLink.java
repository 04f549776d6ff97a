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
import se.huddinge.delaktighet.proposal.ProposalException;

/**
 * An e-mailed link that proves an address. Only the SHA-256 hash of its token is stored; the token itself
 * (256 random bits) exists only in the letter. Most links point at the row they act on ({@code targetId}); a
 * {@link Purpose#MY_SUBMISSIONS} link points at nothing and keeps the address it proves instead.
 */
@Entity
@Table(name = "access_link")
public class AccessLink {

    /** What following the link does. */
    public enum Purpose { CONFIRM_PROPOSAL, MANAGE_PROPOSAL, CONFIRM_SUPPORT, MY_SUBMISSIONS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, updatable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private Purpose purpose;

    @Column(name = "target_id", updatable = false)
    private Long targetId;

    @Column(updatable = false, length = 254)
    private String email;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccessLink() {
    }

    public AccessLink(String tokenHash, Purpose purpose, Long targetId, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.targetId = targetId;
        this.expiresAt = expiresAt;
    }

    /** A link that proves {@code email} and points at nothing else. */
    public static AccessLink forAddress(String tokenHash, Purpose purpose, String email, Instant expiresAt) {
        var link = new AccessLink(tokenHash, purpose, null, expiresAt);
        link.email = email;
        return link;
    }

    /**
     * Why this link cannot be used for {@code expected} at {@code now}, or null when it can: the one place where a
     * link counts as wrong, used or expired.
     */
    public ProposalException.Reason problem(Purpose expected, Instant now) {
        if (purpose != expected) {
            return ProposalException.Reason.LINK_INVALID;
        }
        if (isUsed()) {
            return ProposalException.Reason.LINK_USED;
        }
        return now.isAfter(expiresAt) ? ProposalException.Reason.LINK_EXPIRED : null;
    }

    public void use(Instant now) {
        this.usedAt = now;
    }

    public Purpose getPurpose() { return purpose; }
    public Long getTargetId() { return targetId; }
    public String getEmail() { return email; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public boolean isUsed() { return usedAt != null; }
}
