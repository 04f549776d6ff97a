package se.huddinge.delaktighet.nomination;

import static se.huddinge.delaktighet.base.form.Reason.BEFORE_MEETING;
import static se.huddinge.delaktighet.base.form.Reason.DECIDED;
import static se.huddinge.delaktighet.base.form.Reason.INVALID;
import static se.huddinge.delaktighet.base.form.Reason.OPEN;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;
import static se.huddinge.delaktighet.base.form.Reason.TOO_MANY;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;

/**
 * The fields of the prize decision ({@link PrizeDecisions.DecisionForm}) and why {@link PrizeDecisions#decide} may
 * refuse each; {@link #ROUND} is the round itself, {@link #CITATION} repeats, one per winner (its nomination's id).
 */
public enum PrizeDecisionFormField implements FormField {
    @Refused({DECIDED, OPEN}) ROUND,
    @Refused({REQUIRED, TOO_MANY, INVALID}) WINNERS,
    @Refused({REQUIRED, TOO_LONG}) CITATION,
    @Refused(REQUIRED) MEETING_DATE,
    @Refused(REQUIRED) MINUTES_REF,
    @Refused({REQUIRED, BEFORE_MEETING}) ANNOUNCE_ON;

    @Override
    public String form() {
        return "decision";
    }
}
