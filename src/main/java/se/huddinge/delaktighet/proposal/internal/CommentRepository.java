package se.huddinge.delaktighet.proposal.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("select c.proposalId from Comment c where c.id = :id")
    Optional<Long> findProposalId(long id);

    /** The comment's row locked, read fresh (taken after its proposal's row: the lock order of DD10). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Comment c where c.id = :id")
    Optional<Comment> lockById(long id);
}
