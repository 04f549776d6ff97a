package se.huddinge.delaktighet.proposal.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A politician took up a proposal that closed below the threshold: who, in which body, the case number or a note,
 * and the date. Public (the proposal's timeline shows it), except who recorded it. Never changed once written.
 */
@Entity
@Table(name = "proposal_take_up")
public class TakeUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false, updatable = false)
    private Long proposalId;

    @Column(name = "taken_up_by", nullable = false, updatable = false, length = 200)
    private String takenUpBy;

    @Column(nullable = false, updatable = false, length = 200)
    private String body;

    @Column(name = "case_ref", updatable = false, length = 100)
    private String caseRef;

    @Column(updatable = false, length = 1000)
    private String note;

    @Column(name = "taken_up_on", nullable = false, updatable = false)
    private LocalDate takenUpOn;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected TakeUp() {
    }

    public TakeUp(long proposalId, String takenUpBy, String body, String caseRef, String note, LocalDate takenUpOn,
                  String recordedBy, Instant recordedAt) {
        this.proposalId = proposalId;
        this.takenUpBy = takenUpBy;
        this.body = body;
        this.caseRef = caseRef;
        this.note = note;
        this.takenUpOn = takenUpOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getProposalId() { return proposalId; }
    public String getTakenUpBy() { return takenUpBy; }
    public String getBody() { return body; }
    public String getCaseRef() { return caseRef; }
    public String getNote() { return note; }
    public LocalDate getTakenUpOn() { return takenUpOn; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
