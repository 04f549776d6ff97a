package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SupportRepository extends JpaRepository<Support, Long> {

    /**
     * The address's row locked and read fresh. Taken after the address's own lock (the rate limit, DD35), so a request
     * that waited for that lock sees the row a request by the same address committed meanwhile, and uses it: no second
     * row, which the unique key would refuse. Read in READ COMMITTED: a missing row takes no gap lock, so requests of
     * other addresses on the same proposal do not wait for it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Support> findByProposalIdAndEmail(Long proposalId, String email);

    /** The support row locked, read fresh (a confirmation's first lock: the lock order of DD35). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Support s where s.id = :id")
    Optional<Support> lockById(long id);

    long countByProposalIdAndConfirmedAtIsNotNull(Long proposalId);

    /**
     * The confirmed supports of a proposal that asked to hear, after {@code afterId} in the order of their id, at most
     * {@code limit} (a keyset page: one range of {@code ix_support_subscribers}, however far the pages have come).
     */
    @Query("select s from Support s where s.proposalId = :proposalId and s.notifyOnDecision = true and s.id > :afterId "
            + "and s.confirmedAt is not null and s.email is not null order by s.id")
    List<Support> findSubscribersAfter(long proposalId, long afterId, Limit limit);

    /** The supports an address has confirmed, newest first. */
    List<Support> findByEmailAndConfirmedAtIsNotNullOrderByConfirmedAtDesc(String email);

    boolean existsByEmailAndConfirmedAtIsNotNull(String email);

    /** Whether the same name and postal address already support the proposal (DD40). */
    boolean existsByProposalIdAndPostalKey(Long proposalId, String postalKey);

    /** The addresses of the web supports of a proposal that hold {@code word} (the officer's possible matches, DD40). */
    @Query("select s.email from Support s where s.proposalId = :proposalId and s.cameIn.channel = se.huddinge.delaktighet.base.Channel.WEB "
            + "and s.email like concat('%', :word, '%') order by s.id")
    List<String> findWebSupportersNamed(long proposalId, String word, Limit limit);
}
