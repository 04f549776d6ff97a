package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import java.util.Set;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;

/** The fields of an officer's "not published" and why {@link ProposalCaseService#reject} may refuse each. */
public enum RejectionFormField implements FormField {
    GROUND(REQUIRED),
    SIMILAR_TO(REQUIRED),
    NOTE(TOO_LONG, CONTROL);

    private final Set<Reason> reasons;

    RejectionFormField(Reason... reasons) {
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
