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

/**
 * An e-mailed link that proves an address. Only the SHA-256 hash of its token is stored; the token itself
 * (256 random bits) exists only in the letter.
 */
@Entity
@Table(name = "access_link")
public class AccessLink {

    /** What following the link does. */
    public enum Purpose { CONFIRM_PROPOSAL, MANAGE_PROPOSAL, CONFIRM_SUPPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, updatable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private Purpose purpose;

    @Column(name = "target_id", nullable = false, updatable = false)
    private Long targetId;

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

    public void use(Instant now) {
        this.usedAt = now;
    }

    public Purpose getPurpose() { return purpose; }
    public Long getTargetId() { return targetId; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getUsedAt() { return usedAt; }
    public boolean isUsed() { return usedAt != null; }
}
