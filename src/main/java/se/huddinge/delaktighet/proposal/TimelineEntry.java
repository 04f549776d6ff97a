package se.huddinge.delaktighet.proposal;

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
 * One dated step of a proposal: the public timeline and the audit trail in one. {@code actor} (the officer's
 * username, or "system" or "author") is for staff only and never shown publicly.
 */
@Entity
@Table(name = "proposal_timeline")
public class TimelineEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 32)
    private ProposalStatus status;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    /** A public note, e.g. the committee and case number, or the ground. */
    @Column(length = 500, updatable = false)
    private String note;

    protected TimelineEntry() {
    }

    TimelineEntry(Long proposalId, Instant at, ProposalStatus status, String actor, String note) {
        this.proposalId = proposalId;
        this.at = at;
        this.status = status;
        this.actor = actor;
        this.note = note;
    }

    public Instant getAt() {
        return at;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getActor() {
        return actor;
    }

    public String getNote() {
        return note;
    }
}
