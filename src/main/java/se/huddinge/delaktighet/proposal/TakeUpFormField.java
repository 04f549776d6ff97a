package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.BEFORE_CLOSED;
import static se.huddinge.delaktighet.base.form.Reason.CASE_OR_NOTE;
import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.FUTURE;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import java.util.Set;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;

/** The fields of a take-up ({@link TakenUp.Form}) and why {@link ProposalTakeUps} may refuse each. */
public enum TakeUpFormField implements FormField {
    TAKEN_UP_BY(REQUIRED, TOO_LONG, CONTROL),
    TAKEN_UP_BODY(REQUIRED, TOO_LONG, CONTROL),
    TAKEN_UP_CASE(CASE_OR_NOTE, TOO_LONG, CONTROL),
    TAKEN_UP_NOTE(TOO_LONG, CONTROL),
    TAKEN_UP_ON(REQUIRED, FUTURE, BEFORE_CLOSED);

    private final Set<Reason> reasons;

    TakeUpFormField(Reason... reasons) {
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
