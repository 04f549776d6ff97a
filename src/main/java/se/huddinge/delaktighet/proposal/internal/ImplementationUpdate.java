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
import se.huddinge.delaktighet.proposal.ImplementationStatus;

/**
 * One save of an approved proposal's implementation record, as it was then: public on the proposal's timeline (date,
 * status, unit, planned date, note, reason), and the audit entry (who). Never changed once written.
 */
@Entity
@Table(name = "implementation_update")
public class ImplementationUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private ImplementationStatus status;

    @Column(name = "status_changed", nullable = false, updatable = false)
    private boolean statusChanged;

    @Column(nullable = false, updatable = false, length = 200)
    private String unit;

    @Column(name = "planned_date", nullable = false, updatable = false)
    private LocalDate plannedDate;

    @Column(updatable = false, length = 1000)
    private String reason;

    @Column(updatable = false, length = 1000)
    private String note;

    protected ImplementationUpdate() {
    }

    public ImplementationUpdate(Implementation record, boolean statusChanged, String note, String actor) {
        this.proposalId = record.getProposalId();
        this.at = record.getUpdatedAt();
        this.actor = actor;
        this.status = record.getStatus();
        this.statusChanged = statusChanged;
        this.unit = record.getUnit();
        this.plannedDate = record.getPlannedDate();
        this.reason = record.getReason();
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getProposalId() { return proposalId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public ImplementationStatus getStatus() { return status; }
    public boolean isStatusChanged() { return statusChanged; }
    public String getUnit() { return unit; }
    public LocalDate getPlannedDate() { return plannedDate; }
    public String getReason() { return reason; }
    public String getNote() { return note; }
}
