package se.huddinge.delaktighet.proposal;

import java.time.LocalDate;
import java.util.List;

/**
 * What one address has sent: the proposals it wrote (in any state) and those it supported (confirmed supports),
 * newest first. Only the facts the resident needs to follow each one; the view puts them in words.
 *
 * @param email     the proven address
 * @param submitted proposals written from the address
 * @param supported proposals the address supports, other than its own
 */
public record MySubmissions(String email, List<Item> submitted, List<Item> supported) {

    public boolean isEmpty() {
        return submitted.isEmpty() && supported.isEmpty();
    }

    /**
     * One proposal and where it stands.
     *
     * @param reference    its number, for the link to its status page; null while it awaits its e-mail confirmation
     * @param date         the date of the next step, or of the step that ended it: the last day to confirm
     *                     (SUBMITTED), the moderation decision (IN_MODERATION), the end of support (PUBLISHED), the
     *                     referral (THRESHOLD_REACHED), the expected decision (REFERRED), the meeting (DECIDED), the
     *                     day it closed (NOT_PUBLISHED, CLOSED_BELOW_THRESHOLD) or was withdrawn (WITHDRAWN)
     * @param lapsed       SUBMITTED only: the confirmation link expired, so the proposal will never go further
     * @param supportCount supports counted so far
     * @param committee    the committee's code, once referred
     * @param decision     the decision, once decided
     * @param ground       the ground's code, when not published
     */
    public record Item(String reference, String title, ProposalStatus status, LocalDate date, boolean lapsed,
                       int supportCount, String committee, Decision decision, String ground) {
    }
}
