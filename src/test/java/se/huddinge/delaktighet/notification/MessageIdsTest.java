package se.huddinge.delaktighet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A letter's Message-ID is derived from its key and recipient (issue 21, DD36 amended). */
class MessageIdsTest {

    /** RFC 5322 3.6.4 msg-id without obsolete forms: "<" dot-atom-text "@" dot-atom-text ">". */
    private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final Pattern MSG_ID = Pattern.compile("<" + ATEXT + "(\\." + ATEXT + ")*@" + ATEXT
            + "(\\." + ATEXT + ")*>");
    /** What the restore procedure's grep of the relay's log looks for (docs/operations.md, step 4). */
    private static final Pattern PROCEDURE = Pattern.compile("<[0-9a-f-]{36}@[a-z0-9.-]*>");

    @Test
    void the_same_letter_gets_the_same_message_id() {
        assertThat(MessageIds.of("support-confirm-email:42:917", "anna@example.se", "delaktighet.huddinge.se"))
                .isEqualTo(MessageIds.of("support-confirm-email:42:917", "anna@example.se", "delaktighet.huddinge.se"));
    }

    @Test
    void another_key_recipient_or_host_gets_another() {
        var ids = new HashSet<String>();
        ids.add(MessageIds.of("support-confirm-email:42:917", "anna@example.se", "delaktighet.huddinge.se"));
        ids.add(MessageIds.of("support-confirm-email:42:918", "anna@example.se", "delaktighet.huddinge.se"));
        ids.add(MessageIds.of("support-confirm-email:42:917", "bo@example.se", "delaktighet.huddinge.se"));
        ids.add(MessageIds.of("support-confirm-email:42:917", "anna@example.se", "test.huddinge.se"));
        assertThat(ids).hasSize(4);
    }

    @Test
    void it_has_rfc_5322_shape_under_the_portals_host_and_names_no_address() {
        String id = MessageIds.of("subscriber-update:7:3:anna.andersson@example.se", "anna.andersson@example.se",
                "delaktighet.huddinge.se");
        assertThat(id).matches(MSG_ID).matches(PROCEDURE).endsWith("@delaktighet.huddinge.se>")
                .doesNotContain("anna").doesNotContain("subscriber");
    }
}
