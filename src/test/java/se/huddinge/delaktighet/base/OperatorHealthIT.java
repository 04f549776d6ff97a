package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import se.huddinge.delaktighet.TestConfig;
import se.huddinge.delaktighet.TestSmtp;

/**
 * What an operator's monitoring (and the container's HEALTHCHECK) asks, over real HTTP: the management port answers
 * health with the database and the mail server, and the portal's own figures; the public port does not expose any
 * of it. Same set-up as the browser tests, so the running portal is shared with them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
@ActiveProfiles("test")
@Import(TestConfig.class)
class OperatorHealthIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final GreenMail smtp = new GreenMail(TestSmtp.setup());

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    @BeforeEach
    void startMail() {
        smtp.start();
    }

    @AfterEach
    void stopMail() {
        smtp.stop();
    }

    @Test
    void healthIsUpWithDatabaseAndMailOnTheManagementPort() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        var health = get(managementPort, "/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(health.body(), "$.components.db.status")).isEqualTo("UP");
        assertThat(JsonPath.<String>read(health.body(), "$.components.mail.status")).isEqualTo("UP");
        var readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(JsonPath.<String>read(readiness.body(), "$.components.db.status")).isEqualTo("UP");
    }

    @Test
    void theManagementPortGivesThePortalsFigures() throws Exception {
        for (String metric : new String[] {"portal.supports.confirmed", "portal.letters", "tomcat.sessions.active.current",
                "hikaricp.connections.active"}) {
            var answer = get(managementPort, "/actuator/metrics/" + metric);
            assertThat(answer.statusCode()).as(metric).isEqualTo(200);
            assertThat(answer.body()).as(metric).contains("\"measurements\"");
        }
        assertThat(JsonPath.<Double>read(get(managementPort, "/actuator/metrics/portal.letters?tag=status:FAILED")
                .body(), "$.measurements[0].value")).isZero();
    }

    @Test
    void thePublicPortDoesNotExposeTheActuator() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/metrics", "/actuator"}) {
            var answer = get(port, path);
            assertThat(answer.body()).as(path).doesNotContain("\"status\":\"UP\"", "\"names\"", "_links");
        }
    }

    private HttpResponse<String> get(int toPort, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + toPort + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
