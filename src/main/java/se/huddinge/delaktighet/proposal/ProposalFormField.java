package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.FILE_TYPE;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LARGE;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;
import static se.huddinge.delaktighet.base.form.Reason.TOO_MANY;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;
import se.huddinge.delaktighet.base.form.Reason;

/** The fields of the proposal form ({@link ProposalForm}) and why {@link ProposalService#submit} may refuse each. */
public enum ProposalFormField implements FormField {
    @Refused({REQUIRED, TOO_LONG, CONTROL}) TITLE,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) TEXT,
    @Refused(REQUIRED) DISTRICT,
    @Refused(REQUIRED) CATEGORY,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) NAME,
    @Refused({REQUIRED, Reason.EMAIL, TOO_MANY}) EMAIL,
    @Refused(REQUIRED) LIVES_IN_HUDDINGE,
    @Refused(REQUIRED) CONSENT,
    @Refused({TOO_MANY, TOO_LARGE, FILE_TYPE}) ATTACHMENTS;

    @Override
    public String form() {
        return "proposal";
    }
}
