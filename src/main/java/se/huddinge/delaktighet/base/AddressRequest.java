package se.huddinge.delaktighet.base;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One request for a link to an address, kept for the rate limit. The address is kept as its SHA-256 only: the
 * limit needs to recognise the address, not to know it.
 */
@Entity
@Table(name = "address_request")
public class AddressRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "address_hash", nullable = false, updatable = false, length = 64)
    private String addressHash;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    protected AddressRequest() {
    }

    public AddressRequest(String addressHash, Instant requestedAt) {
        this.addressHash = addressHash;
        this.requestedAt = requestedAt;
    }

    public Long getId() { return id; }
    public Instant getRequestedAt() { return requestedAt; }
}
