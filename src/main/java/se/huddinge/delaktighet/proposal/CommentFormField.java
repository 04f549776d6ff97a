package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import java.util.Set;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;

/** The fields of the comment forms ({@link Comments}): a resident's, the author's, staff's reply and a report. */
public enum CommentFormField implements FormField {
    TEXT(REQUIRED, TOO_LONG, CONTROL),
    NAME(REQUIRED, TOO_LONG, CONTROL),
    EMAIL(REQUIRED, Reason.EMAIL, Reason.TOO_MANY),
    UNIT(REQUIRED, TOO_LONG, CONTROL),
    GROUND(REQUIRED);

    private final Set<Reason> reasons;

    CommentFormField(Reason... reasons) {
        this.reasons = Set.of(reasons);
    }

    @Override
    public String form() {
        return "comments";
    }

    @Override
    public Set<Reason> reasons() {
        return reasons;
    }
}
