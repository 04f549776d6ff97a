package se.huddinge.delaktighet.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.huddinge.delaktighet.base.OneTimeLink;

/**
 * An administrator's one-time link for a member of staff to choose a new password, by the portal's one link rule
 * ({@link OneTimeLink}: hashes only, the token minted when the letter leaves).
 */
@Entity
@Table(name = "staff_password_reset")
public class PasswordResetLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Embedded
    private OneTimeLink link;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected PasswordResetLink() {
    }

    public PasswordResetLink(long accountId, Instant createdAt, Instant expiresAt, String createdBy) {
        this.accountId = accountId;
        this.createdAt = createdAt;
        this.link = OneTimeLink.unsent(expiresAt);
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    /** Usable: not used and not expired at {@code now}. */
    public boolean isUsable(Instant now) {
        return link.problem(now).isEmpty();
    }

    public void use(Instant now) {
        link.use(now);
    }

    public boolean matches(String token) {
        return link.matches(token);
    }

    /** A fresh token for the letter that is leaving now. */
    public String mint() {
        return link.mint();
    }
}
