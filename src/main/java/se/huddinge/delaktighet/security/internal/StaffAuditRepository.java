package se.huddinge.delaktighet.security.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.huddinge.delaktighet.security.StaffAuditEvent;

public interface StaffAuditRepository extends JpaRepository<StaffAuditEntry, Long> {

    long countByUsernameAndEventAndOccurredAtAfter(String username, StaffAuditEvent event, Instant after);

    long countByClientAddressAndEventAndOccurredAtAfter(String clientAddress, StaffAuditEvent event, Instant after);

    @Query("select max(e.occurredAt) from StaffAuditEntry e where e.username = ?1 and e.event = ?2")
    Optional<Instant> lastOf(String username, StaffAuditEvent event);

    Page<StaffAuditEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable page);
}
