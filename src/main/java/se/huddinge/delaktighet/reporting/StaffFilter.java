package se.huddinge.delaktighet.reporting;

import java.util.Arrays;
import java.util.Optional;
import se.huddinge.delaktighet.proposal.ProposalStatus;

/**
 * The staff list's filters, search and order; null or blank means "any".
 *
 * @param text      words to find in the title and text (MariaDB full-text search), or a reference number
 * @param year      the year the proposal was submitted, in the portal's zone
 * @param overdue        only proposals whose waiting step is past its due date
 * @param implementation only approved proposals (bifall) whose work stands so (DD29)
 */
public record StaffFilter(String text, ProposalStatus status, String district, String category, String committee,
                          Integer year, boolean overdue, Implementation implementation, Sort sort, boolean ascending) {

    /** The orders offered (each has an index). */
    public enum Sort { SUBMITTED, TITLE, SUPPORTS, REFERENCE }

    /**
     * Where an approved proposal's work stands now (its implementation record's status), as the overview's cards
     * count it; {@code param} is its value in a link ({@code genomforande=pagar}).
     */
    public enum Implementation {
        APPROVED("alla"), OPEN("pagar"), DONE("klart"), NOT_DONE("blir-inte-av"), NO_RECORD("ingen-uppgift");

        private final String param;

        Implementation(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        public static Optional<Implementation> ofParam(String param) {
            return Arrays.stream(values()).filter(i -> i.param.equals(param)).findFirst();
        }
    }

    public static StaffFilter all() {
        return new StaffFilter(null, null, null, null, null, null, false, null, Sort.SUBMITTED, false);
    }

    public StaffFilter sortedBy(Sort by, boolean asc) {
        return new StaffFilter(text, status, district, category, committee, year, overdue, implementation, by, asc);
    }
}
