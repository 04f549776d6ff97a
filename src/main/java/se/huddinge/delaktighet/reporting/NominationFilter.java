package se.huddinge.delaktighet.reporting;

import se.huddinge.delaktighet.nomination.NominationStatus;
import se.huddinge.delaktighet.nomination.NomineeKind;
import se.huddinge.delaktighet.nomination.PrizeReview.MyState;

/**
 * The staff list of nominations: its filters, search and order; null or blank means "any".
 *
 * @param text  words to find in the nominee's name and tie to Huddinge (full-text search), or a reference number
 * @param year  the prize round's year
 * @param mine  where the signed-in committee member stands with each nomination (to score, scored, recused)
 */
public record NominationFilter(String text, Integer year, NominationStatus status, NomineeKind kind,
                               MyState mine, Sort sort, boolean ascending) {

    /** The orders offered (each has an index, V70). */
    public enum Sort { SUBMITTED, NOMINEE, REFERENCE }

    public static NominationFilter all() {
        return new NominationFilter(null, null, null, null, null, Sort.SUBMITTED, false);
    }

    public NominationFilter sortedBy(Sort by, boolean asc) {
        return new NominationFilter(text, year, status, kind, mine, by, asc);
    }
}
