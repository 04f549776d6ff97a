package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.FUTURE;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import java.util.Set;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;

/** The fields of a decision and why {@link ProposalCaseService#decide} may refuse each. */
public enum DecisionFormField implements FormField {
    DECISION(REQUIRED),
    MOTIVATION(REQUIRED, TOO_LONG, CONTROL),
    MEETING_DATE(REQUIRED, FUTURE),
    MINUTES_REF(REQUIRED, TOO_LONG, CONTROL);

    private final Set<Reason> reasons;

    DecisionFormField(Reason... reasons) {
        this.reasons = Set.of(reasons);
    }

    @Override
    public String form() {
        return "case";
    }

    @Override
    public Set<Reason> reasons() {
        return reasons;
    }
}
