package se.huddinge.delaktighet.notification.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import se.huddinge.delaktighet.notification.Letter;
import se.huddinge.delaktighet.notification.LetterStatus;

public interface LetterRepository extends JpaRepository<Letter, Long> {

    Optional<Letter> findByDedupKey(String dedupKey);

    @Query("select l.id from Letter l where l.status = 'PENDING' and l.nextAttemptAt <= :now order by l.nextAttemptAt")
    List<Long> findDue(Instant now, Limit limit);

    /** Takes a letter for sending; 0 when another thread or instance has it, or it is not due. */
    @Modifying
    @Query("update Letter l set l.status = 'SENDING', l.nextAttemptAt = :now "
            + "where l.id = :id and l.status = 'PENDING' and l.nextAttemptAt <= :now")
    int claim(long id, Instant now);

    /** Letters whose sender died mid-send go back in the queue. */
    @Modifying
    @Query("update Letter l set l.status = 'PENDING' where l.status = 'SENDING' and l.nextAttemptAt < :before")
    int releaseStuck(Instant before);

    List<Letter> findBySubjectRefOrderByCreatedAtDesc(String subjectRef);

    List<Letter> findAllByOrderByCreatedAtDesc(Limit limit);

    long countByStatus(LetterStatus status);
}
