package se.huddinge.delaktighet.base;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.concurrent.Executor;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Where asynchronous work runs: the event listeners that write letters ({@code @ApplicationModuleListener}) and the
 * letters' first delivery. Each needs a database connection, so at most half the connection pool's size run at
 * once ({@code portal.events.max-concurrent}, or that default); the rest wait their turn, the other half of the pool
 * stays free for pages and jobs. Without the bound a burst (137 supports loaded at once) took every connection and
 * the listeners that waited longest failed.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecution implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ListenerExecution.class);

    private final BoundedExecutor executor;

    ListenerExecution(DataSource dataSource, @Value("${portal.events.max-concurrent:0}") int configured) {
        int limit = configured > 0 ? configured : Math.max(1, poolSize(dataSource) / 2);
        this.executor = new BoundedExecutor("listener", limit);
        log.info("At most {} event listeners and letter deliveries run at once", limit);
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    /** The same bounded executor, for work handed in directly (a letter's first delivery). */
    @Bean
    BoundedExecutor listenerExecutor() {
        return executor;
    }

    private static int poolSize(DataSource dataSource) {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            }
        } catch (SQLException e) {
            log.debug("Pool size unknown", e);
        }
        return 10;
    }
}
