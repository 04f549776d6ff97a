package se.huddinge.delaktighet.nomination.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PrizeRoundRepository extends JpaRepository<PrizeRound, Long> {

    Optional<PrizeRound> findFirstByOrderByYearDesc();

    List<PrizeRound> findByDecidedFalseOrderByYearAsc();

    List<PrizeRound> findAllByOrderByYearDesc();

    List<PrizeRound> findByPublishedAtIsNotNullOrderByYearDesc();

    /** Decided rounds not yet published: the publication job's candidates. */
    List<PrizeRound> findByDecidedTrueAndPublishedAtIsNull();

    List<PrizeRound> findByAnonymisedAtIsNull();

    boolean existsByYear(int year);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from PrizeRound r where r.id = :id")
    Optional<PrizeRound> lockById(long id);
}
