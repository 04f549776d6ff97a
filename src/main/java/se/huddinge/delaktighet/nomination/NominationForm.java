package se.huddinge.delaktighet.nomination;

import java.util.Map;

/**
 * A nomination as the resident filled it in.
 *
 * @param motivations the motivation per criterion, by the criterion's id
 * @param nomineeContact optional: an e-mail address of the nominee, for the letter if they win
 * @param phone optional: the nominator's phone
 */
public record NominationForm(String nomineeName, NomineeKind kind, String tie, Map<Long, String> motivations,
                             boolean nomineeKnows, String nomineeContact, String nominatorName, String email,
                             String phone, boolean consent) {
}
