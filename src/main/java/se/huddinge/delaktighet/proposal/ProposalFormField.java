package se.huddinge.delaktighet.proposal;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.FILE_TYPE;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LARGE;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;
import static se.huddinge.delaktighet.base.form.Reason.TOO_MANY;

import java.util.Set;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;

/** The fields of the proposal form ({@link ProposalForm}) and why {@link ProposalService#submit} may refuse each. */
public enum ProposalFormField implements FormField {
    TITLE(REQUIRED, TOO_LONG, CONTROL),
    TEXT(REQUIRED, TOO_LONG, CONTROL),
    DISTRICT(REQUIRED),
    CATEGORY(REQUIRED),
    NAME(REQUIRED, TOO_LONG, CONTROL),
    EMAIL(REQUIRED, Reason.EMAIL, TOO_MANY),
    LIVES_IN_HUDDINGE(REQUIRED),
    CONSENT(REQUIRED),
    ATTACHMENTS(TOO_MANY, TOO_LARGE, FILE_TYPE);

    private final Set<Reason> reasons;

    ProposalFormField(Reason... reasons) {
        this.reasons = Set.of(reasons);
    }

    @Override
    public String form() {
        return "proposal";
    }

    @Override
    public Set<Reason> reasons() {
        return reasons;
    }
}
