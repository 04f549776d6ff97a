package se.huddinge.delaktighet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The attachment limit (5 MB) holds for every request to Vaadin's upload endpoint, not only for what the upload
 * component lets a browser send: a plain POST that announces more, and one that does not announce its length, are
 * refused before they are read.
 */
class UploadLimitTest extends RunningPortalTest {

    private static final Pattern UPLOAD_TARGET = Pattern.compile("VAADIN/dynamic/resource/[0-9]+/[0-9a-f-]+/[^\"\\\\]+");
    private static final int MB = 1024 * 1024;

    @Test
    void a_plain_post_of_100_mb_to_the_submit_forms_upload_address_is_refused() {
        var visitor = visitor();
        String target = uploadTarget(visitor);

        var announced = visitor.postBytes(target, HttpRequest.BodyPublishers.ofByteArray(new byte[100 * MB]));
        assertThat(announced.statusCode()).as("refused before it is read").isEqualTo(413);

        var chunked = visitor.postBytes(target, HttpRequest.BodyPublishers.ofInputStream(() -> zeros(100L * MB)));
        assertThat(chunked.statusCode()).as("a body without a length is refused before it is read").isEqualTo(411);

        var small = visitor.postBytes(target, HttpRequest.BodyPublishers.ofByteArray(new byte[1024]));
        assertThat(small.statusCode()).as("a file within the limit still arrives").isEqualTo(200);
    }

    /**
     * Opens the submit form as the browser does (the page, Vaadin's first answer, the navigation to the form) and
     * reads its upload component's address from the answer.
     */
    private static String uploadTarget(PortalHttp visitor) {
        visitor.get("forslag/nytt");
        var init = visitor.get("?v-r=init&location=forslag%2Fnytt&query=");
        var key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
        assertThat(key.find()).as("the CSRF key in the first answer").isTrue();
        var navigated = visitor.post("?v-r=uidl&v-uiId=0", "application/json", "{\"csrfToken\":\"" + key.group(1)
                + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{"
                + "\"route\":\"forslag/nytt\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}");
        var m = UPLOAD_TARGET.matcher(navigated.body());
        assertThat(m.find()).as("the upload address in:%n%s", navigated.body().substring(0,
                Math.min(3000, navigated.body().length()))).isTrue();
        return m.group();
    }

    private static InputStream zeros(long length) {
        return new InputStream() {
            private long left = length;

            @Override
            public int read() {
                return left-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 0);
                left -= n;
                return n;
            }
        };
    }
}
