package se.huddinge.delaktighet.notification;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A letter's Message-ID, derived from what makes it the letter it is: its deduplication key and its recipient, under
 * the portal's own host (issue 21, DD36 amended). The same letter written again (after a database restored from a
 * backup taken before its row was written, its event handed on again) gets the same Message-ID, so the receiving mail
 * system, a mail client and the relay's log recognise the repeat. Its shape is the one the operators' procedure looks
 * for, {@code <uuid@host>} (RFC 5322 3.6.4: a dot-atom on each side of the {@code @}); the UUID is name-based (RFC 9562
 * version 3), so neither the key nor the address can be read from it.
 */
final class MessageIds {

    static String of(String dedupKey, String recipient, String host) {
        UUID id = UUID.nameUUIDFromBytes((host + '\n' + dedupKey + '\n' + recipient).getBytes(StandardCharsets.UTF_8));
        return "<" + id + "@" + host + ">";
    }

    private MessageIds() {
    }
}
