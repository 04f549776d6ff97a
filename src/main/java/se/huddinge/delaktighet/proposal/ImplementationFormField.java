package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;

/**
 * The fields of an implementation record ({@link ImplementationRecord.Form}) and why {@link
 * ProposalImplementations#save} may refuse each.
 */
public enum ImplementationFormField implements FormField {
    @Refused({REQUIRED, TOO_LONG, CONTROL}) UNIT,
    @Refused(REQUIRED) PLANNED_DATE,
    @Refused(REQUIRED) STATUS,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) REASON,
    @Refused({TOO_LONG, CONTROL}) PUBLIC_NOTE;

    @Override
    public String form() {
        return "case";
    }
}
