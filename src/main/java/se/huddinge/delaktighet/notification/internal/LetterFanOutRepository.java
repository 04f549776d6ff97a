package se.huddinge.delaktighet.notification.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LetterFanOutRepository extends JpaRepository<LetterFanOut, Long> {

    boolean existsByFanOutKey(String fanOutKey);

    /**
     * The oldest round with letters left to write, locked for this transaction; a round another instance (or thread)
     * is writing a batch of is skipped, not waited for. Empty when there is none.
     */
    @Query(value = "select * from letter_fan_out where done_at is null and next_attempt_at <= :now order by id "
            + "limit 1 for update skip locked", nativeQuery = true)
    Optional<LetterFanOut> takeDue(Instant now);

    /** A batch failed and was rolled back: the round waits {@code retryAt}, then goes on from its cursor. */
    @Modifying
    @Query("update LetterFanOut f set f.attempts = f.attempts + 1, f.lastError = :error, f.nextAttemptAt = :retryAt "
            + "where f.id = :id")
    int failed(long id, String error, Instant retryAt);
}
