package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.huddinge.delaktighet.Application;
import se.huddinge.delaktighet.TestSmtp;

/**
 * Development runs (issue 17, item 8): two checkouts' portals run side by side in the dev profile, each told only its
 * own {@code --server.port}, as {@code ./mvnw spring-boot:run} starts them; and opening pages in Chromium leaves no
 * file watchers behind (Vaadin's Copilot opened two per page and never closed them, until the machine's inotify
 * instances ran out). Both portals run in this JVM on its embedded MariaDB, without their demo data and timers.
 */
class DevRunIT {

    private final List<ConfigurableApplicationContext> portals = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stopPortals() {
        portals.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void two_checkouts_portals_run_side_by_side_and_pages_leave_no_file_watchers() throws Exception {
        // the test JVM's SMTP port (TestSmtp) is a system property, which would outrank the dev profile's own
        String testSmtp = System.clearProperty(TestSmtp.PROPERTY);
        try {
            portals.add(devPortal());
            portals.add(devPortal());
        } finally {
            if (testSmtp != null) {
                System.setProperty(TestSmtp.PROPERTY, testSmtp);
            }
        }
        for (var portal : portals) {
            assertThat(get(port(portal, "local.server.port"), "/").statusCode()).isEqualTo(200);
            String health = get(port(portal, "local.management.port"), "/actuator/health").body();
            assertThat(JsonPath.<String>read(health, "$.components.db.status")).isEqualTo("UP");
            assertThat(JsonPath.<String>read(health, "$.components.mail.status")).as("its own mail server")
                    .isEqualTo("UP");
        }

        int watchersBefore = inotifyInstances();
        int first = port(portals.getFirst(), "local.server.port");
        for (String page : List.of("", "forslag", "demokratipriset", "logga-in")) {
            openInChromium("http://localhost:" + first + "/" + page);
        }
        assertThat(inotifyInstances()).as("file watchers after four pages").isEqualTo(watchersBefore);
    }

    /** The dev profile, as a checkout's {@code ./mvnw spring-boot:run -Dspring-boot.run.arguments=--server.port=…}. */
    private static ConfigurableApplicationContext devPortal() {
        return new SpringApplicationBuilder(Application.class).profiles("dev").run("--server.port=0",
                // Vaadin's development mode, as spring-boot:run has it (the build's production bundle would end it)
                "--vaadin.productionMode=false",
                // this JVM's embedded MariaDB in a fresh folder, not the checkout's .data/; no demo data or timers in it
                "--portal.db.data-dir=", "--portal.demo-data=false", "--portal.scheduling.enabled=false");
    }

    private static int port(ConfigurableApplicationContext portal, String property) {
        return portal.getEnvironment().getRequiredProperty(property, Integer.class);
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Chromium loads the page and runs its scripts (the development tools connect back) for ten seconds. */
    private static void openInChromium(String url) throws IOException, InterruptedException {
        var chromium = new ProcessBuilder(System.getProperty("chromium.binary", "/usr/bin/chromium"), "--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--virtual-time-budget=10000",
                "--dump-dom", url).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).as("Chromium finished " + url).isTrue();
    }

    /** The inotify instances this JVM holds: one per file watcher. */
    private static int inotifyInstances() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return (int) fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().equals("anon_inode:inotify");
                } catch (IOException gone) {
                    return false;
                }
            }).count();
        }
    }
}
