package se.huddinge.delaktighet.nomination;

import se.huddinge.delaktighet.nomination.internal.Nomination;

/**
 * Who sent a nomination and how to reach the nominee: residents' personal data. Handed out only by service methods
 * that check the signed-in member of staff reads it ({@code StaffRole.READS_ADDRESSES}), never to the committee.
 *
 * @param nominatorPhone optional, null when not given
 * @param nomineeContact optional, null when not given
 */
public record NominationContacts(String nominatorName, String nominatorEmail, String nominatorPhone,
                                 String nomineeContact) {

    static NominationContacts of(Nomination n) {
        return new NominationContacts(n.getNominatorName(), n.getNominatorEmail(), n.getNominatorPhone(),
                n.getNomineeContact());
    }
}
