package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import java.util.Set;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;

/**
 * The fields of an implementation record ({@link ImplementationRecord.Form}) and why {@link
 * ProposalImplementations#save} may refuse each.
 */
public enum ImplementationFormField implements FormField {
    UNIT(REQUIRED, TOO_LONG, CONTROL),
    PLANNED_DATE(REQUIRED),
    STATUS(REQUIRED),
    REASON(REQUIRED, TOO_LONG, CONTROL),
    PUBLIC_NOTE(TOO_LONG, CONTROL);

    private final Set<Reason> reasons;

    ImplementationFormField(Reason... reasons) {
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
