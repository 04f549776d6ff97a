package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.huddinge.delaktighet.TestConfig;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over real HTTP, as Vaadin's browser client speaks: what an idle visitor's session keeps of the start page is small
 * (few state nodes), and a browser that repeats its last message because
 * the answer was lost still gets the same answer. Same set-up as the browser tests (shared context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
@ActiveProfiles("test")
@Import(TestConfig.class)
class IdleSessionIT {

    private static final JsonMapper JSON = JsonMapper.shared();

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext context;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    @Test
    void theStartPageKeepsLittleAndARepeatedMessageGetsTheSameAnswer() throws Exception {
        get("/");
        JsonNode config = JSON.readTree(get("/?v-r=init&location=&query=")).path("appConfig");
        int uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        String navigate = """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"",\
                "query":"","appShellTitle":"","historyState":null,"trigger":""}}],"syncId":%d,"clientId":0}"""
                .formatted(uidl.path("Vaadin-Security-Key").asString(), uidl.path("syncId").asInt());

        String answer = uidl(uiId, navigate);
        assertThat(answer).as("the page title, sent as the browser shows it").contains("Huddinge - Delaktighetsportalen");
        // Vaadin keeps each UI's last answer for the session's life; a string with one character outside Latin-1 (the
        // en dash the titles had) takes two bytes per character (DD41)
        assertThat(java.nio.charset.StandardCharsets.ISO_8859_1.newEncoder().canEncode(answer))
                .as("the start page's answer is Latin-1, kept at one byte per character").isTrue();
        VaadinSession session = vaadinSession();
        int[] nodes = {0};
        session.accessSynchronously(() -> {
            UI ui = session.getUIById(uiId);
            ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
        });
        assertThat(nodes[0]).as("state nodes the idle start page keeps (82 when each element was a component)")
                .isLessThanOrEqualTo(35);

        assertThat(uidl(uiId, navigate)).as("the answer to a repeated message").isEqualTo(answer);
    }

    private VaadinSession vaadinSession() throws Exception {
        String id = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        var session = ((Context) tomcat.getHost().findChildren()[0]).getManager().findSession(id).getSession();
        return Collections.list(session.getAttributeNames()).stream().map(session::getAttribute)
                .filter(VaadinSession.class::isInstance).map(VaadinSession.class::cast).findFirst().orElseThrow();
    }

    private String uidl(int uiId, String message) throws Exception {
        var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(message)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    private String get(String path) throws Exception {
        var answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
