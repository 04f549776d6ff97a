package se.huddinge.delaktighet.proposal;

import java.util.Set;
import se.huddinge.delaktighet.base.form.FieldChecks;
import se.huddinge.delaktighet.base.form.FormField;
import se.huddinge.delaktighet.base.form.InvalidInput;
import se.huddinge.delaktighet.base.form.Reason;
import se.huddinge.delaktighet.proposal.internal.InputCheck;

/**
 * The one field of the forms that ask only for an address: supporting ({@link ProposalService#requestSupport}),
 * following ({@link ProposalFollows#request}) and "Mina inskick" ({@link MySubmissionsService#requestLink}).
 */
public enum AddressFormField implements FormField {
    EMAIL;

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

    @Override
    public Set<Reason> reasons() {
        return Set.of(Reason.REQUIRED, Reason.EMAIL, Reason.TOO_MANY);
    }
}
