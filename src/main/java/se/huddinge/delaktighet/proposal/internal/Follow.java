package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One address following one proposal (DD29): it hears each step as an opted-in supporter does, from
 * {@code confirmedAt}, and is never counted as a support. Stopping forgets the address at once.
 */
@Entity
@Table(name = "proposal_follow")
public class Follow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(length = 254)
    private String email;

    @Column(nullable = false, length = 8)
    private String language;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "stopped_at")
    private Instant stoppedAt;

    @Column(name = "stop_link_id")
    private Long stopLinkId;

    protected Follow() {
    }

    public Follow(long proposalId, String email, String language, Instant now) {
        this.proposalId = proposalId;
        this.email = email;
        this.language = language;
        this.createdAt = now;
    }

    /** The address was proven: letters go to it from now on, each with this stop link. */
    public void confirm(Instant now, long stopLinkId) {
        this.confirmedAt = now;
        this.stopLinkId = stopLinkId;
    }

    /** A new request before confirming: the latest language wins. */
    public void language(String language) {
        this.language = language;
    }

    /** No more letters; the address is forgotten at once. */
    public void stop(Instant now) {
        this.stoppedAt = now;
        this.email = null;
    }

    public Long getId() { return id; }
    public Long getProposalId() { return proposalId; }
    public String getEmail() { return email; }
    public String getLanguage() { return language; }
    public Instant getConfirmedAt() { return confirmedAt; }
    public boolean isConfirmed() { return confirmedAt != null; }
    public boolean isStopped() { return stoppedAt != null; }
    public Long getStopLinkId() { return stopLinkId; }
}
