package se.huddinge.delaktighet.nomination.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import se.huddinge.delaktighet.nomination.PrizeRound;

public interface PrizeRoundRepository extends JpaRepository<PrizeRound, Long> {

    Optional<PrizeRound> findFirstByOrderByYearDesc();

    List<PrizeRound> findByDecidedFalseOrderByYearAsc();

    boolean existsByYear(int year);
}
