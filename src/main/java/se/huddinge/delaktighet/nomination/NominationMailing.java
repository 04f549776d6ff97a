package se.huddinge.delaktighet.nomination;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.nomination.internal.Nomination;
import se.huddinge.delaktighet.nomination.internal.NominationRepository;
import se.huddinge.delaktighet.nomination.internal.PrizeRoundRepository;
import se.huddinge.delaktighet.security.SignedIn;

/**
 * The letters' door to nominators' and nominees' addresses, for the {@code notification} module's listeners, which
 * write letters with nobody signed in. Every method refuses any other caller ({@link SignedIn#requireSystem()}): a
 * page, whoever is signed in to it, gets contact details only from {@link PrizeReview#contacts}, which checks the role.
 */
@Service
public class NominationMailing {

    private final PrizeRoundRepository rounds;
    private final NominationRepository nominations;
    private final SignedIn signedIn;

    NominationMailing(PrizeRoundRepository rounds, NominationRepository nominations, SignedIn signedIn) {
        this.rounds = rounds;
        this.nominations = nominations;
        this.signedIn = signedIn;
    }

    /** The nomination and its round, for the letters about it. */
    @Transactional(readOnly = true)
    public NominationFacts facts(long nominationId) {
        signedIn.requireSystem();
        Nomination n = nominations.findById(nominationId).orElseThrow();
        return NominationFacts.of(n, rounds.findById(n.getRoundId()).orElseThrow().facts());
    }

    /** Every nomination that counts in a round, with the round, for the outcome letters. */
    @Transactional(readOnly = true)
    public List<NominationFacts> countingFacts(long roundId) {
        signedIn.requireSystem();
        RoundFacts round = rounds.findById(roundId).orElseThrow().facts();
        return nominations.findByRoundIdAndStatusOrderByReferenceAsc(roundId, NominationStatus.CONFIRMED).stream()
                .map(n -> NominationFacts.of(n, round)).toList();
    }
}
