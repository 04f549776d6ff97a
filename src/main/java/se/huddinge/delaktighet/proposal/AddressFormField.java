package se.huddinge.delaktighet.proposal;

import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.base.form.Refused;
import se.huddinge.delaktighet.base.InputCheck;

/**
 * The one field of the forms that ask only for an address: supporting ({@link ProposalService#requestSupport}),
 * following ({@link ProposalFollows#request}) and "Mina inskick" ({@link MySubmissionsService#requestLink}).
 */
public enum AddressFormField implements FormField {
    @Refused({Reason.REQUIRED, Reason.EMAIL, Reason.TOO_MANY}) EMAIL;

    /** @throws InvalidInput when the address is missing or malformed */
    static void check(String email) {
        var problems = new FieldChecks();
        problems.check(EMAIL, InputCheck.email(email));
        problems.throwIfAny();
    }

    @Override
    public String form() {
        return "proposal";
    }
}
