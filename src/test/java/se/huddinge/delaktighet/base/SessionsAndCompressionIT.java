package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.TestConfig;
import se.huddinge.delaktighet.security.StaffAccountService;
import se.huddinge.delaktighet.security.StaffAccountService.NewAccount;
import se.huddinge.delaktighet.security.StaffRole;

/**
 * Over real HTTP: a resident's session lives five minutes after the last request, a staff member's thirty once
 * signed in; Vaadin's heartbeat keeps an open tab's session within that; stylesheets and Vaadin's UIDL answers go
 * out compressed; pages are never stored, static files may be kept. Same set-up as the browser tests (shared context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false", "vaadin.launch-browser=false"})
@ActiveProfiles("test")
@Import(TestConfig.class)
class SessionsAndCompressionIT {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    WebServerApplicationContext context;
    @Autowired
    StaffAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    @BeforeEach
    void empty() {
        Database.clear(jdbc);
    }

    @Test
    void aResidentsSessionLastsFiveMinutesAndAStaffMembersThirtyOnceSignedIn() throws Exception {
        var page = get("/logga-in", "gzip");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(session().getMaxInactiveInterval()).as("a visitor's session, seconds").isEqualTo(300);

        accounts.createInitial(new NewAccount("hanna", "Hanna Handläggare", "hanna@huddinge.example",
                "rostiga-kompasser-sjunger", Set.of(StaffRole.OFFICER)));
        var matcher = CSRF.matcher(get("/logga-in", "identity").body());
        assertThat(matcher.find()).as("the login page's CSRF token").isTrue();
        String form = "username=hanna&password=rostiga-kompasser-sjunger&_csrf="
                + URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        var signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logga-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(session().getMaxInactiveInterval()).as("a signed-in staff member's session, seconds")
                .isEqualTo(1800);
    }

    @Test
    void stylesheetsAndVaadinsAnswersGoOutCompressed() throws Exception {
        var page = get("/", "identity");
        var stylesheet = Pattern.compile("href=\"\\./(lumo/lumo\\.css[^\"]*)\"").matcher(page.body());
        assertThat(stylesheet.find()).isTrue();
        var css = get("/" + stylesheet.group(1), "gzip");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
        // (in production mode Vaadin also sends the content-hashed stylesheets as immutable for a year; the load
        // benchmark's second visit shows it)

        var init = get("/?v-r=init&location=&query=", "gzip");
        assertThat(init.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(init.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void pagesAreNeverStoredButStaticFilesMayBeKept() throws Exception {
        var page = get("/", "gzip");
        assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        var logo = get("/images/huddinge-logo.svg", "gzip");
        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
        assertThat(logo.headers().firstValue("Pragma")).isEmpty();
        assertThat(logo.headers().firstValue("Expires")).isEmpty();
    }

    @Test
    void anOpenTabKeepsItsSessionWithTheHeartbeat() throws Exception {
        var init = get("/?v-r=init&location=&query=", "identity");
        assertThat(init.body()).contains("\"heartbeatInterval\":120");
    }

    private org.apache.catalina.Session session() throws Exception {
        String id = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        Context web = (Context) tomcat.getHost().findChildren()[0];
        return web.getManager().findSession(id);
    }

    private HttpResponse<String> get(String path, String encoding) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", encoding).build(), HttpResponse.BodyHandlers.ofString());
    }
}
