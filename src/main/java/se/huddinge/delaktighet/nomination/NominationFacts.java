package se.huddinge.delaktighet.nomination;

/** What the letters about a nomination need: the nomination as staff see it and its round. Not for views. */
public record NominationFacts(Nomination nomination, PrizeRound round) {
}
