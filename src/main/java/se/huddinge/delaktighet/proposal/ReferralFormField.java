package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import java.util.Set;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;

/** The fields of a referral and why {@link ProposalCaseService#refer} may refuse each. */
public enum ReferralFormField implements FormField {
    COMMITTEE(REQUIRED),
    CASE_NUMBER(REQUIRED, TOO_LONG, CONTROL);

    private final Set<Reason> reasons;

    ReferralFormField(Reason... reasons) {
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
