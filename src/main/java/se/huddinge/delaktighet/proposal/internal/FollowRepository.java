package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FollowRepository extends JpaRepository<Follow, Long> {

    /**
     * The address's row locked and read fresh. Taken after the proposal's row (DD10), so a request that waited for
     * that lock sees the row a request by the same address committed meanwhile, and uses it: no second row, which
     * the unique key would refuse.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Follow> findByProposalIdAndEmail(long proposalId, String email);

    @Query("select f.proposalId from Follow f where f.id = :id")
    Optional<Long> findProposalId(long id);

    /** The follow row locked, read fresh (after its proposal's row: the lock order of DD10). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select f from Follow f where f.id = :id")
    Optional<Follow> lockById(long id);

    /** The confirmed followers of a proposal after {@code afterId} in the order of their id (a keyset page). */
    @Query("select f from Follow f where f.proposalId = :proposalId and f.confirmedAt is not null and f.id > :afterId "
            + "and f.email is not null order by f.id")
    List<Follow> findFollowersAfter(long proposalId, long afterId, Limit limit);

    /** What an address follows, newest first. */
    List<Follow> findByEmailAndConfirmedAtIsNotNullOrderByConfirmedAtDesc(String email);

    boolean existsByEmailAndConfirmedAtIsNotNull(String email);

    long countByProposalIdAndConfirmedAtIsNotNullAndEmailIsNotNull(long proposalId);
}
