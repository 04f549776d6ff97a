package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What Vaadin's page shows when its request to the server goes wrong (a stale or malformed message, an internal
 * error, an expired session) is the portal's text in the visitor's language, not Vaadin's English "Internal error
 * ... notify the administrator". Read from the running portal's answers over HTTP, as the browser gets them.
 */
class SystemMessagesTest extends RunningPortalTest {

    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    /** A message from a page that is behind: the server expects message 0 from client 0. */
    private static final String STALE = "\"rpc\":[],\"syncId\":7,\"clientId\":5";

    @Test
    void a_stale_message_gets_the_portals_swedish_text() {
        var visitor = visitor();
        String key = openPage(visitor, "Sidan har varit inaktiv för länge");

        String answer = send(visitor, key, STALE);

        assertThat(JsonPath.<String>read(answer, "$.meta.appError.caption")).isEqualTo("Sidan behöver laddas om");
        assertThat(JsonPath.<String>read(answer, "$.meta.appError.message"))
                .isEqualTo("Sidan och servern kom ur takt, till exempel efter ett avbrott i uppkopplingen. Klicka här "
                        + "eller tryck Esc för att ladda om sidan.");
    }

    @Test
    void a_malformed_message_gets_the_portals_text_for_an_unexpected_error() {
        var visitor = visitor();
        String key = openPage(visitor, "Sidan har varit inaktiv för länge");

        String answer = send(visitor, key, "\"rpc\":[{\"type\":\"nonsense\"}],\"syncId\":0,\"clientId\":0");

        assertThat(JsonPath.<String>read(answer, "$.meta.appError.caption")).isEqualTo("Något gick fel");
        assertThat(JsonPath.<String>read(answer, "$.meta.appError.message")).startsWith("Det var inte ditt fel.")
                .doesNotContain("administrator");
    }

    @Test
    void a_visitor_who_chose_english_gets_the_english_texts_also_for_an_expired_session() {
        var visitor = visitor().withCookie("portal-lang", "en");
        String key = openPage(visitor, "The page has been idle too long");

        String answer = send(visitor, key, STALE);

        assertThat(JsonPath.<String>read(answer, "$.meta.appError.caption")).isEqualTo("The page needs to be reloaded");
    }

    /**
     * Opens the proposal list as the browser does: the page, then Vaadin's first answer, which carries the page's
     * key and the text for an expired session.
     */
    private static String openPage(PortalHttp visitor, String sessionExpiredCaption) {
        visitor.get("forslag");
        var init = visitor.get("?v-r=init&location=forslag&query=");
        assertThat(JsonPath.<String>read(init.body(), "$.appConfig.sessExpMsg.caption")).isEqualTo(sessionExpiredCaption);
        var m = KEY.matcher(init.body());
        assertThat(m.find()).as("the key in the first answer").isTrue();
        return m.group(1);
    }

    private static String send(PortalHttp visitor, String key, String message) {
        return visitor.post("?v-r=uidl&v-uiId=0", "application/json", "{\"csrfToken\":\"" + key + "\"," + message + "}")
                .body();
    }
}
