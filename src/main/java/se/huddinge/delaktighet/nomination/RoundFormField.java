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

import java.util.Set;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;

/**
 * The fields of a round's form ({@link RoundForm}) and why {@link PrizeRounds#save} may refuse each; {@link #ROUND}
 * is the round itself.
 */
public enum RoundFormField implements FormField {
    YEAR(RANGE, TAKEN),
    ABOUT_SV(REQUIRED),
    ABOUT_EN(REQUIRED),
    CRITERIA(REQUIRED, INCOMPLETE, ANSWERED),
    PRIZE_SUM(RANGE),
    WINNERS(RANGE),
    RETENTION(RANGE),
    OPENS_AT(REQUIRED),
    CLOSES_AT(REQUIRED, BEFORE_OPENS, BEFORE_RECEIVED),
    AWARD_DAY(REQUIRED, BEFORE_DEADLINE),
    SCORING_DUE(OUTSIDE),
    ROUND(DECIDED);

    private final Set<Reason> reasons;

    RoundFormField(Reason... reasons) {
        this.reasons = Set.of(reasons);
    }

    @Override
    public String form() {
        return "rounds";
    }

    @Override
    public Set<Reason> reasons() {
        return reasons;
    }
}
