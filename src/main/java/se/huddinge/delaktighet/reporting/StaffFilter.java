package se.huddinge.delaktighet.reporting;

import se.huddinge.delaktighet.proposal.ProposalStatus;

/**
 * The staff list's filters, search and order; null or blank means "any".
 *
 * @param text      words to find in the title and text (MariaDB full-text search), or a reference number
 * @param year      the year the proposal was submitted, in the portal's zone
 * @param overdue   only proposals whose waiting step is past its due date
 */
public record StaffFilter(String text, ProposalStatus status, String district, String category, String committee,
                          Integer year, boolean overdue, Sort sort, boolean ascending) {

    /** The orders offered (each has an index). */
    public enum Sort { SUBMITTED, TITLE, SUPPORTS, REFERENCE }

    public static StaffFilter all() {
        return new StaffFilter(null, null, null, null, null, null, false, Sort.SUBMITTED, false);
    }

    public StaffFilter sortedBy(Sort by, boolean asc) {
        return new StaffFilter(text, status, district, category, committee, year, overdue, by, asc);
    }
}
