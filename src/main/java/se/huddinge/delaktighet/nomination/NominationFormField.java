package se.huddinge.delaktighet.nomination;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.SELF;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;
import static se.huddinge.delaktighet.base.form.Reason.TOO_MANY;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;
import se.huddinge.delaktighet.base.form.Reason;

/**
 * The fields of the nomination form ({@link NominationForm}) and why {@link NominationService#submit} may refuse
 * each; {@link #MOTIVATION} repeats, one per criterion (its id).
 */
public enum NominationFormField implements FormField {
    @Refused({REQUIRED, TOO_LONG, CONTROL, SELF}) NOMINEE_NAME,
    @Refused(REQUIRED) KIND,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) TIE,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) MOTIVATION,
    @Refused(Reason.EMAIL) NOMINEE_CONTACT,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) NOMINATOR_NAME,
    @Refused({REQUIRED, Reason.EMAIL, TOO_MANY}) EMAIL,
    @Refused(Reason.PHONE) PHONE,
    @Refused(REQUIRED) CONSENT;

    @Override
    public String form() {
        return "nominate";
    }
}
