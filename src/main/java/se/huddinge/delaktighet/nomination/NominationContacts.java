package se.huddinge.delaktighet.nomination;

import se.huddinge.delaktighet.base.PostalAddress;
import se.huddinge.delaktighet.nomination.internal.Nomination;

/**
 * Who sent a nomination and how to reach the nominee: residents' personal data. Handed out only by service methods
 * that check the signed-in member of staff reads it ({@code StaffRole.READS_ADDRESSES}), never to the committee.
 *
 * @param nominatorEmail the e-mail address, or a nominator without e-mail's postal address on one line after
 *                       {@code post:} (DD42)
 * @param nominatorPhone optional, null when not given
 * @param nomineeContact optional, null when not given
 */
public record NominationContacts(String nominatorName, String nominatorEmail, String nominatorPhone,
                                 String nomineeContact) {

    static NominationContacts of(Nomination n) {
        return stored(n.getNominatorName(), n.getNominatorEmail(), n.getNominatorPhone(), n.getNomineeContact());
    }

    /**
     * The contacts as a nomination's row holds them: {@code recipient} is the stored e-mail address or postal
     * recipient, shown to staff as an address on one line (DD42).
     */
    public static NominationContacts stored(String nominatorName, String recipient, String nominatorPhone,
                                            String nomineeContact) {
        return new NominationContacts(nominatorName, PostalAddress.display(recipient), nominatorPhone, nomineeContact);
    }
}
