package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;

/** The fields of an officer's "not published" and why {@link ProposalCaseService#reject} may refuse each. */
public enum RejectionFormField implements FormField {
    @Refused(REQUIRED) GROUND,
    @Refused(REQUIRED) SIMILAR_TO,
    @Refused({TOO_LONG, CONTROL}) NOTE;

    @Override
    public String form() {
        return "case";
    }
}
