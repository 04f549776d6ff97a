package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;

/** The fields of a referral and why {@link ProposalCaseService#refer} may refuse each. */
public enum ReferralFormField implements FormField {
    @Refused(REQUIRED) COMMITTEE,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) CASE_NUMBER;

    @Override
    public String form() {
        return "case";
    }
}
