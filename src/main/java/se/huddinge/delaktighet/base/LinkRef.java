package se.huddinge.delaktighet.base;

/**
 * Which e-mailed link a letter carries: its kind (whose {@link LinkMint} mints its token) and its id. Events carry
 * this instead of a token, so no usable token is stored with the event or the letter (DD13); the letter lists it
 * among its own links, and only those are minted when it leaves (DD20).
 */
public record LinkRef(String kind, long id) {
}
