package se.huddinge.delaktighet.reporting;

import java.time.Instant;

import se.huddinge.delaktighet.nomination.NominationStatus;
import se.huddinge.delaktighet.nomination.NomineeKind;
import se.huddinge.delaktighet.nomination.PrizeReview.MyState;

/**
 * One line of the staff list of nominations, as every member of staff sees it: no personal data. The committee scores
 * the nomination, not the people who sent it; staff who read contacts get them from {@link StaffNominations#contacts}.
 *
 * @param reviews how many members have scored it or stepped aside
 */
public record NominationRow(long id, String reference, int year, NominationStatus status, String nomineeName,
                            NomineeKind kind, Instant submittedAt, MyState mine, int reviews) {
}
