package se.huddinge.delaktighet.nomination;

import se.huddinge.delaktighet.nomination.internal.Nomination;

/**
 * What the letters about a nomination need: the nomination with its contact details, and its round. Handed out only by
 * the letters' door, {@link NominationMailing}.
 *
 * @param reference      null until the nomination counts
 * @param nomineeContact the nominee's address, null when not given
 * @param citation       the committee's citation of a winner, else null
 */
public record NominationFacts(long id, String reference, String nomineeName, String nominatorName,
                              String nominatorEmail, String nomineeContact, String language, boolean won,
                              String citation, RoundFacts round) {

    static NominationFacts of(Nomination n, RoundFacts round) {
        return new NominationFacts(n.getId(), n.getReference(), n.getNomineeName(), n.getNominatorName(),
                n.getNominatorEmail(), n.getNomineeContact(), n.getLanguage(), n.isWon(), n.getCitation(), round);
    }
}
