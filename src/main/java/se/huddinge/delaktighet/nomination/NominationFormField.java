package se.huddinge.delaktighet.nomination;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.SELF;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;
import static se.huddinge.delaktighet.base.form.Reason.TOO_MANY;

import java.util.Set;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;

/**
 * The fields of the nomination form ({@link NominationForm}) and why {@link NominationService#submit} may refuse
 * each; {@link #MOTIVATION} repeats, one per criterion (its id).
 */
public enum NominationFormField implements FormField {
    NOMINEE_NAME(REQUIRED, TOO_LONG, CONTROL, SELF),
    KIND(REQUIRED),
    TIE(REQUIRED, TOO_LONG, CONTROL),
    MOTIVATION(REQUIRED, TOO_LONG, CONTROL),
    NOMINEE_CONTACT(Reason.EMAIL),
    NOMINATOR_NAME(REQUIRED, TOO_LONG, CONTROL),
    EMAIL(REQUIRED, Reason.EMAIL, TOO_MANY),
    PHONE(Reason.PHONE),
    CONSENT(REQUIRED);

    private final Set<Reason> reasons;

    NominationFormField(Reason... reasons) {
        this.reasons = Set.of(reasons);
    }

    @Override
    public String form() {
        return "nominate";
    }

    @Override
    public Set<Reason> reasons() {
        return reasons;
    }
}
