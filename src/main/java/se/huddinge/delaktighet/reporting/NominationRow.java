package se.huddinge.delaktighet.reporting;

import java.time.Instant;

import se.huddinge.delaktighet.nomination.Nomination;
import se.huddinge.delaktighet.nomination.PrizeReview.MyState;

/**
 * One line of the staff list of nominations. The nominee's contact and the nominator's name, address and phone are
 * filled only for roles that handle nominations (officer, administrator), otherwise null: the committee scores the
 * nomination, not the people who sent it.
 *
 * @param reviews how many members have scored it or stepped aside
 */
public record NominationRow(long id, String reference, int year, Nomination.Status status, String nomineeName,
                            Nomination.Kind kind, Instant submittedAt, MyState mine, int reviews,
                            String nomineeContact, String nominatorName, String nominatorEmail,
                            String nominatorPhone) {
}
