package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import se.huddinge.delaktighet.proposal.ImplementationStatus;

/**
 * What became of an approved proposal, as officers keep it (DD29): the responsible unit, the planned date, the
 * status, and the reason when it was not done. Each save is also kept as an {@link ImplementationUpdate}.
 */
@Entity
@Table(name = "proposal_implementation")
public class Implementation {

    @Id
    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(nullable = false, length = 200)
    private String unit;

    @Column(name = "planned_date", nullable = false)
    private LocalDate plannedDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ImplementationStatus status;

    @Column(length = 1000)
    private String reason;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Implementation() {
    }

    public Implementation(long proposalId) {
        this.proposalId = proposalId;
    }

    /** Sets what the officer saved; returns whether the status changed. */
    public boolean update(String unit, LocalDate plannedDate, ImplementationStatus status, String reason, Instant now) {
        boolean changed = this.status != status;
        this.unit = unit;
        this.plannedDate = plannedDate;
        this.status = status;
        this.reason = status == ImplementationStatus.NOT_DONE ? reason : null;
        this.updatedAt = now;
        return changed;
    }

    public Long getProposalId() { return proposalId; }
    public String getUnit() { return unit; }
    public LocalDate getPlannedDate() { return plannedDate; }
    public ImplementationStatus getStatus() { return status; }
    public String getReason() { return reason; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
