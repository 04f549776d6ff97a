package se.huddinge.delaktighet.proposal;

/**
 * The public list's search and filters; null or blank means "any".
 *
 * @param open true: open for support only; false: closed only; null: both
 */
public record ProposalFilter(String text, String district, String category, ProposalStatus status, Boolean open,
                             Sort sort) {

    /** The list's orders. */
    public enum Sort { NEWEST, MOST_SUPPORTED, CLOSING_SOON }

    public static ProposalFilter all() {
        return new ProposalFilter(null, null, null, null, null, Sort.NEWEST);
    }
}
