package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ImplementationRepository extends JpaRepository<Implementation, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Implementation i where i.proposalId = :id")
    Optional<Implementation> lockById(long id);

    /** Records still open whose planned date is before {@code day}: candidates for the officers' reminder. */
    @Query("select i.proposalId from Implementation i where i.status in ("
            + "se.huddinge.delaktighet.proposal.ImplementationStatus.PLANNED, "
            + "se.huddinge.delaktighet.proposal.ImplementationStatus.UNDER_WAY) and i.plannedDate < :day")
    List<Long> findOpenPlannedBefore(LocalDate day);
}
