package se.huddinge.delaktighet.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import se.huddinge.delaktighet.security.StaffAuditEvent;

/** One line of the staff audit: who, what, when, from where. Never changed once written. */
@Entity
@Table(name = "staff_audit")
public class StaffAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StaffAuditEvent event;

    @Column(nullable = false)
    private String username;

    @Column(name = "client_address")
    private String clientAddress;

    private String actor;

    protected StaffAuditEntry() {
    }

    public StaffAuditEntry(Instant occurredAt, StaffAuditEvent event, String username, String clientAddress,
                           String actor) {
        this.occurredAt = occurredAt;
        this.event = event;
        this.username = username;
        this.clientAddress = clientAddress;
        this.actor = actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public StaffAuditEvent getEvent() {
        return event;
    }

    public String getUsername() {
        return username;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getActor() {
        return actor;
    }
}
