package se.huddinge.delaktighet.nomination;

import static se.huddinge.delaktighet.base.form.Reason.BEFORE_MEETING;
import static se.huddinge.delaktighet.base.form.Reason.DECIDED;
import static se.huddinge.delaktighet.base.form.Reason.INVALID;
import static se.huddinge.delaktighet.base.form.Reason.OPEN;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;
import static se.huddinge.delaktighet.base.form.Reason.TOO_MANY;

import java.util.Set;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;

/**
 * The fields of the prize decision ({@link PrizeDecisions.DecisionForm}) and why {@link PrizeDecisions#decide} may
 * refuse each; {@link #ROUND} is the round itself, {@link #CITATION} repeats, one per winner (its nomination's id).
 */
public enum PrizeDecisionFormField implements FormField {
    ROUND(DECIDED, OPEN),
    WINNERS(REQUIRED, TOO_MANY, INVALID),
    CITATION(REQUIRED, TOO_LONG),
    MEETING_DATE(REQUIRED),
    MINUTES_REF(REQUIRED),
    ANNOUNCE_ON(REQUIRED, BEFORE_MEETING);

    private final Set<Reason> reasons;

    PrizeDecisionFormField(Reason... reasons) {
        this.reasons = Set.of(reasons);
    }

    @Override
    public String form() {
        return "decision";
    }

    @Override
    public Set<Reason> reasons() {
        return reasons;
    }
}
