package se.huddinge.delaktighet.nomination;

import static se.huddinge.delaktighet.base.form.Reason.ANSWERED;
import static se.huddinge.delaktighet.base.form.Reason.BEFORE_DEADLINE;
import static se.huddinge.delaktighet.base.form.Reason.BEFORE_OPENS;
import static se.huddinge.delaktighet.base.form.Reason.BEFORE_RECEIVED;
import static se.huddinge.delaktighet.base.form.Reason.DECIDED;
import static se.huddinge.delaktighet.base.form.Reason.INCOMPLETE;
import static se.huddinge.delaktighet.base.form.Reason.OUTSIDE;
import static se.huddinge.delaktighet.base.form.Reason.RANGE;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TAKEN;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;

/**
 * The fields of a round's form ({@link RoundForm}) and why {@link PrizeRounds#save} may refuse each; {@link #ROUND}
 * is the round itself.
 */
public enum RoundFormField implements FormField {
    @Refused({RANGE, TAKEN}) YEAR,
    @Refused(REQUIRED) ABOUT_SV,
    @Refused(REQUIRED) ABOUT_EN,
    @Refused({REQUIRED, INCOMPLETE, ANSWERED}) CRITERIA,
    @Refused(RANGE) PRIZE_SUM,
    @Refused(RANGE) WINNERS,
    @Refused(RANGE) RETENTION,
    @Refused(REQUIRED) OPENS_AT,
    @Refused({REQUIRED, BEFORE_OPENS, BEFORE_RECEIVED}) CLOSES_AT,
    @Refused({REQUIRED, BEFORE_DEADLINE}) AWARD_DAY,
    @Refused(OUTSIDE) SCORING_DUE,
    @Refused(DECIDED) ROUND;

    @Override
    public String form() {
        return "rounds";
    }
}
