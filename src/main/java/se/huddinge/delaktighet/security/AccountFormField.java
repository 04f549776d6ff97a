package se.huddinge.delaktighet.security;

import static se.huddinge.delaktighet.base.form.Reason.INVALID_NAME;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TAKEN;
import static se.huddinge.delaktighet.base.form.Reason.TOO_EASY;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;
import static se.huddinge.delaktighet.base.form.Reason.TOO_SHORT;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;
import se.huddinge.delaktighet.base.form.Reason;

/** The fields of a new staff account and why {@link StaffAccountService#create} may refuse each. */
public enum AccountFormField implements FormField {
    @Refused({INVALID_NAME, TAKEN}) USERNAME,
    @Refused(REQUIRED) DISPLAY_NAME,
    @Refused(Reason.EMAIL) EMAIL,
    @Refused({TOO_SHORT, TOO_LONG, TOO_EASY}) PASSWORD,
    @Refused(REQUIRED) ROLES;

    @Override
    public String form() {
        return "accounts";
    }
}
