package se.huddinge.delaktighet.security;

import static se.huddinge.delaktighet.base.form.Reason.INVALID_NAME;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TAKEN;
import static se.huddinge.delaktighet.base.form.Reason.TOO_EASY;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;
import static se.huddinge.delaktighet.base.form.Reason.TOO_SHORT;

import java.util.Set;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;

/** The fields of a new staff account and why {@link StaffAccountService#create} may refuse each. */
public enum AccountFormField implements FormField {
    USERNAME(INVALID_NAME, TAKEN),
    DISPLAY_NAME(REQUIRED),
    EMAIL(Reason.EMAIL),
    PASSWORD(TOO_SHORT, TOO_LONG, TOO_EASY),
    ROLES(REQUIRED);

    private final Set<Reason> reasons;

    AccountFormField(Reason... reasons) {
        this.reasons = Set.of(reasons);
    }

    @Override
    public String form() {
        return "accounts";
    }

    @Override
    public Set<Reason> reasons() {
        return reasons;
    }
}
