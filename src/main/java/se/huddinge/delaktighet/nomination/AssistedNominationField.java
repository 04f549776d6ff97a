package se.huddinge.delaktighet.nomination;

import static se.huddinge.delaktighet.base.form.Reason.CONTROL;
import static se.huddinge.delaktighet.base.form.Reason.REQUIRED;
import static se.huddinge.delaktighet.base.form.Reason.SELF;
import static se.huddinge.delaktighet.base.form.Reason.TOO_LONG;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.base.form.Refused;

/**
 * The fields of the officers' form for a nomination registered on a nominator's behalf (DD42) and why {@link
 * NominationService#registerOnBehalf} may refuse each. The nominator's fields have the names (and so the messages)
 * of the proposal's assisted form ({@code assisted.invalid.*}); {@link #NAME} is the nominator's name. {@link
 * #ROUND} is refused when the round does not accept nominations now: its deadline holds for officers too.
 */
public enum AssistedNominationField implements FormField {
    @Refused(Reason.OUTSIDE) ROUND,
    @Refused(REQUIRED) CHANNEL,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) IDENTIFIED_BY,
    @Refused(REQUIRED) CONSENT,
    @Refused(REQUIRED) LANGUAGE,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) NAME,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) STREET,
    @Refused({REQUIRED, Reason.INVALID}) POSTCODE,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) TOWN,
    /** Optional: a nominator with e-mail gets the letters by e-mail, else the postal address is required. */
    @Refused(Reason.EMAIL) EMAIL,
    @Refused(Reason.PHONE) PHONE,
    @Refused({REQUIRED, TOO_LONG, CONTROL, SELF}) NOMINEE_NAME,
    @Refused(REQUIRED) KIND,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) TIE,
    @Refused({REQUIRED, TOO_LONG, CONTROL}) MOTIVATION,
    @Refused(Reason.EMAIL) NOMINEE_CONTACT;

    @Override
    public String form() {
        return "assisted";
    }

    /** The field of the web form's check that is this one ({@code NOMINATOR_NAME} is {@link #NAME}). */
    static AssistedNominationField of(NominationFormField field) {
        return field == NominationFormField.NOMINATOR_NAME ? NAME : valueOf(field.name());
    }
}
