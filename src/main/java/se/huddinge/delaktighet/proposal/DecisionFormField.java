package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.FUTURE;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;

/** The fields of a decision and why {@link ProposalCaseService#decide} may refuse each. */
public enum DecisionFormField implements FormField {
    @Refused(REQUIRED) DECISION,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) MOTIVATION,
    @Refused({REQUIRED, FUTURE}) MEETING_DATE,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) MINUTES_REF;

    @Override
    public String form() {
        return "case";
    }
}
