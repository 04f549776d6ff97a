package se.huddinge.delaktighet.reporting;

/**
 * The staff list of proposals closed below the threshold: filters and order; null or blank means "any".
 *
 * @param year        the year the support period ended, in the portal's zone
 * @param minSupports at least this many supports at the close
 * @param maxSupports at most this many
 */
public record BelowThresholdFilter(String district, String category, Integer year, Integer minSupports,
                                   Integer maxSupports, Sort sort, boolean ascending) {

    /** The orders offered (each has an index, V71). */
    public enum Sort { CLOSED, SUPPORTS, TITLE }

    public static BelowThresholdFilter all() {
        return new BelowThresholdFilter(null, null, null, null, null, Sort.CLOSED, false);
    }

    public BelowThresholdFilter sortedBy(Sort by, boolean asc) {
        return new BelowThresholdFilter(district, category, year, minSupports, maxSupports, by, asc);
    }
}
