package se.huddinge.delaktighet.nomination;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.nomination.internal.PrizeRoundRepository;

/** The prize rounds: the public page reads the current one, the dashboard the undecided ones. */
@Service
public class PrizeRounds {

    private final PrizeRoundRepository rounds;

    PrizeRounds(PrizeRoundRepository rounds) {
        this.rounds = rounds;
    }

    @Transactional(readOnly = true)
    public Optional<PrizeRound> current() {
        return rounds.findFirstByOrderByYearDesc();
    }

    @Transactional(readOnly = true)
    public List<PrizeRound> undecided() {
        return rounds.findByDecidedFalseOrderByYearAsc();
    }

    /** For the operator's set-up and the demo data; the administrators' round editor comes with the prize work. */
    @Transactional
    public PrizeRound create(PrizeRound round) {
        if (rounds.existsByYear(round.getYear())) {
            throw new IllegalArgumentException("A round for " + round.getYear() + " exists");
        }
        return rounds.save(round);
    }
}
