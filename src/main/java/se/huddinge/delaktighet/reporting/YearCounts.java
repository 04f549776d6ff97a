package se.huddinge.delaktighet.reporting;

import java.util.Map;

import se.huddinge.delaktighet.proposal.Decision;

/**
 * What happened to proposals within a period, counted from the stored transitions: each figure is the number of
 * steps of that kind taken in the period (a proposal submitted in December and published in January counts as
 * submitted in the one year and published in the next).
 *
 * @param submitted confirmed by the author (the e-mailed link followed): the proposal got its number
 */
public record YearCounts(long submitted, long published, long notPublished, long thresholdReached, long referred,
                         long decided, long withdrawn, Map<Decision, Long> outcomes) {

    /** Published as a share of the moderation decisions taken, or null when none was. */
    public Double publishedShare() {
        long moderated = published + notPublished;
        return moderated == 0 ? null : (double) published / moderated;
    }
}
