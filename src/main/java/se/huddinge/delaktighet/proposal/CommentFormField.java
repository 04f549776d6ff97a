package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Refused;
import se.huddinge.delaktighet.base.form.Reason;

/**
 * The fields of the comment form ({@link Comments}) in its three forms: a resident's (text, name, address), the
 * author's (text) and staff's reply (text, unit). A report's and a removal's ground is {@link CommentGroundField}.
 */
public enum CommentFormField implements FormField {
    @Refused({REQUIRED, TOO_LONG, CONTROL}) TEXT,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) NAME,
    @Refused({REQUIRED, Reason.EMAIL, Reason.TOO_MANY}) EMAIL,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) UNIT;

    @Override
    public String form() {
        return "comments";
    }
}
