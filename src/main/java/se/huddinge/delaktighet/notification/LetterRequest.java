package se.huddinge.delaktighet.notification;

import java.util.Locale;
import java.util.Map;

/**
 * A letter to write.
 *
 * @param dedupKey   unique per letter that must go out once (e.g. {@code "proposal-published:42"})
 * @param template   the template's name under {@code templates/mail/}
 * @param subjectRef what the letter is about, shown in the letter log (e.g. {@code HF-2026-0042})
 * @param recipient  the address
 * @param locale     the reader's language
 * @param model      the values the template uses
 */
public record LetterRequest(String dedupKey, String template, String subjectRef, String recipient, Locale locale,
                            Map<String, Object> model) {
}
