package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;
import se.huddinge.delaktighet.base.form.Reason;

/** The fields of the comment forms ({@link Comments}): a resident's, the author's, staff's reply and a report. */
public enum CommentFormField implements FormField {
    @Refused({REQUIRED, TOO_LONG, CONTROL}) TEXT,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) NAME,
    @Refused({REQUIRED, Reason.EMAIL, Reason.TOO_MANY}) EMAIL,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) UNIT,
    @Refused(REQUIRED) GROUND;

    @Override
    public String form() {
        return "comments";
    }
}
