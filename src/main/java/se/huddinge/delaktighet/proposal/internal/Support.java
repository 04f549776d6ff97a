package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import se.huddinge.delaktighet.base.Channel;
import se.huddinge.delaktighet.base.OnBehalf;
import se.huddinge.delaktighet.base.PostalAddress;

/** One e-mail address's support of one proposal; it counts from {@code confirmedAt}. */
@Entity
@Table(name = "support", uniqueConstraints = @UniqueConstraint(columnNames = {"proposal_id", "email"}))
public class Support {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(nullable = false, updatable = false, length = 254)
    private String email;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "notify_on_decision", nullable = false)
    private boolean notifyOnDecision;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    /** How it came in (DD40): on the web, or registered by an officer on the resident's behalf. */
    @Embedded
    private OnBehalf cameIn = new OnBehalf();

    /** A support by post: the normalised name and postal address ({@code PostalAddress.key}), unique per proposal. */
    @Column(name = "postal_key", length = 254, updatable = false)
    private String postalKey;

    protected Support() {
    }

    public Support(Long proposalId, String email, String language, boolean notifyOnDecision, Instant now) {
        this.proposalId = proposalId;
        this.email = email;
        this.language = language;
        this.notifyOnDecision = notifyOnDecision;
        this.createdAt = now;
    }

    /** A support an officer registered on the resident's behalf (DD40); {@code email} holds the postal recipient. */
    public static Support onBehalf(Long proposalId, PostalAddress address, String language, boolean notifyOnDecision,
                                   Channel channel, String identifiedBy, String registeredBy, Instant now) {
        var s = new Support(proposalId, address.recipient(), language, notifyOnDecision, now);
        s.cameIn = new OnBehalf(channel, identifiedBy, registeredBy, now);
        s.postalKey = address.key();
        return s;
    }

    public void confirm(Instant now) {
        this.confirmedAt = now;
    }

    /** A new request before confirming: the latest choice of language and notification wins. */
    public void update(String language, boolean notifyOnDecision) {
        this.language = language;
        this.notifyOnDecision = notifyOnDecision;
    }

    public Long getId() { return id; }
    public Long getProposalId() { return proposalId; }
    public String getEmail() { return email; }
    public String getLanguage() { return language; }
    public boolean isNotifyOnDecision() { return notifyOnDecision; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public boolean isConfirmed() { return confirmedAt != null; }
}
