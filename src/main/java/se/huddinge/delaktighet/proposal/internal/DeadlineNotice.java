package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * That a reminder or a delay letter was sent for a proposal's step and due date. Unique on all four, so two
 * instances checking the deadlines at once cannot both send.
 */
@Entity
@Table(name = "deadline_notice")
public class DeadlineNotice {

    /** What was sent. */
    public enum Kind { REMINDER, DELAY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private Long proposalId;

    @Column(nullable = false, length = 16)
    private String step;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DeadlineNotice() {
    }

    public DeadlineNotice(Long proposalId, String step, LocalDate dueDate, Kind kind, Instant createdAt) {
        this.proposalId = proposalId;
        this.step = step;
        this.dueDate = dueDate;
        this.kind = kind.name();
        this.createdAt = createdAt;
    }
}
