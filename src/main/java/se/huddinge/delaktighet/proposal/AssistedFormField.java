package se.huddinge.delaktighet.proposal;

import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.base.form.Refused;

/** The fields of the officers' form for a proposal or a support registered on a resident's behalf (DD40). */
public enum AssistedFormField implements FormField {
    @Refused(Reason.REQUIRED) CHANNEL,
    @Refused({Reason.REQUIRED, Reason.TOO_LONG, Reason.CONTROL}) IDENTIFIED_BY,
    @Refused(Reason.REQUIRED) CONSENT,
    @Refused(Reason.REQUIRED) LANGUAGE,
    @Refused({Reason.REQUIRED, Reason.TOO_LONG, Reason.CONTROL}) NAME,
    @Refused({Reason.REQUIRED, Reason.TOO_LONG, Reason.CONTROL}) STREET,
    @Refused({Reason.REQUIRED, Reason.INVALID}) POSTCODE,
    @Refused({Reason.REQUIRED, Reason.TOO_LONG, Reason.CONTROL}) TOWN,
    @Refused({Reason.REQUIRED, Reason.TOO_LONG, Reason.CONTROL}) TITLE,
    @Refused({Reason.REQUIRED, Reason.TOO_LONG, Reason.CONTROL}) TEXT,
    @Refused(Reason.REQUIRED) DISTRICT,
    @Refused(Reason.REQUIRED) CATEGORY,
    /** The proposal to support: its number, of a proposal open for support; the same person supports once. */
    @Refused({Reason.REQUIRED, Reason.INVALID, Reason.TAKEN}) PROPOSAL;

    @Override
    public String form() {
        return "assisted";
    }
}
