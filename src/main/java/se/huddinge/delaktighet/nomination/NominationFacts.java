package se.huddinge.delaktighet.nomination;

/**
 * What the letters about a nomination need: the nomination with its contact details, and its round. Handed out only by
 * the letters' door, {@link NominationMailing}.
 */
public record NominationFacts(Nomination nomination, PrizeRound round) {
}
