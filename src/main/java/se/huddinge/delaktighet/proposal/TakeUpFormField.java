package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.BEFORE_CLOSED;
import static se.huddinge.delaktighet.base.form.Reason.CASE_OR_NOTE;
import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.FUTURE;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;

/** The fields of a take-up ({@link TakenUp.Form}) and why {@link ProposalTakeUps} may refuse each. */
public enum TakeUpFormField implements FormField {
    @Refused({REQUIRED, TOO_LONG, CONTROL}) TAKEN_UP_BY,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) TAKEN_UP_BODY,
    @Refused({CASE_OR_NOTE, TOO_LONG, CONTROL}) TAKEN_UP_CASE,
    @Refused({TOO_LONG, CONTROL}) TAKEN_UP_NOTE,
    @Refused({REQUIRED, FUTURE, BEFORE_CLOSED}) TAKEN_UP_ON;

    @Override
    public String form() {
        return "case";
    }
}
