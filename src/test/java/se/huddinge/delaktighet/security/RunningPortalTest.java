package se.huddinge.delaktighet.security;

import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import se.huddinge.delaktighet.Database;
import se.huddinge.delaktighet.MutableClock;
import se.huddinge.delaktighet.TestConfig;

/**
 * The portal running on a free port, spoken to over HTTP ({@link PortalHttp}). The server runs with the transport
 * settings of the {@code prod} profile ({@code server.*} from {@code application-prod.yml}) and trusts the test as
 * its TLS-terminating proxy ({@code portal.proxies.trusted}: 127.0.0.1), so a request that arrives through it
 * ({@code X-Forwarded-Proto: https}) is seen as HTTPS and the client address is the one it reports
 * ({@code X-Forwarded-For}). A subclass may name other proxies with its own {@code @TestPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestConfig.class)
@TestPropertySource(properties = "portal.proxies.trusted=127.0.0.1")
abstract class RunningPortalTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected StaffAccountService accounts;

    @DynamicPropertySource
    static void productionTransport(DynamicPropertyRegistry registry) {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application-prod.yml"));
        Properties prod = yaml.getObject();
        prod.stringPropertyNames().stream().filter(k -> k.startsWith("server."))
                .forEach(k -> registry.add(k, () -> prod.getProperty(k)));
    }

    @BeforeEach
    void emptyPortal() {
        Database.clear(jdbc);
        clock.setTo("2026-03-02T09:00:00");
    }

    protected PortalHttp visitor() {
        return new PortalHttp(port);
    }
}
