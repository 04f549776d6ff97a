package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import se.huddinge.delaktighet.RawHttp;

/**
 * The open-data addresses as a client program meets them over HTTP: the page numbers at the edge, caching headers
 * that do not contradict each other, and {@code OPTIONS} answered rather than sent to the staff login.
 */
class OpenDataAnswersTest extends RunningPortalTest {

    private static final String JSON = "Accept: application/json\r\n";

    @Test
    void the_highest_page_number_has_no_next_page() throws IOException {
        var page = RawHttp.send(port, "GET", "/oppna-data/forslag.json?sida=2147483647", JSON);

        assertThat(page.status()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(page.body(), "$.page")).isEqualTo(Integer.MAX_VALUE);
        assertThat(JsonPath.<Object>read(page.body(), "$.nextPage")).isNull();
    }

    @Test
    void a_cacheable_answer_carries_no_headers_that_forbid_caching() throws IOException {
        for (String path : new String[]{"/oppna-data/forslag.json", "/oppna-data/forslag.csv"}) {
            var answer = RawHttp.send(port, "GET", path, JSON);

            assertThat(answer.header("Cache-Control")).as(path).isEqualTo("max-age=300, public");
            assertThat(answer.header("Pragma")).as(path).isEmpty();
            assertThat(answer.header("Expires")).as(path).isEmpty();
        }
    }

    @Test
    void options_is_answered_with_the_allowed_methods_not_sent_to_the_login() throws IOException {
        var answer = RawHttp.send(port, "OPTIONS", "/oppna-data/forslag.json", "");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Location")).isEmpty();
        assertThat(answer.header("Allow")).contains("GET");
    }
}
