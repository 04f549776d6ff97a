package se.huddinge.delaktighet.nomination;

/** A nomination as the letter log files it: by its id and, once it counts, its number (null before). */
public record NominationRef(long id, String reference) {
}
