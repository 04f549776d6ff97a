package se.huddinge.delaktighet.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run once across all instances: ShedLock keeps its locks in the database, on the database's clock.
 * Each instance has its own timer, so a job's lock is held for at least its interval (each job's
 * {@code lockAtLeastFor}): the instance whose timer fires later in the same interval finds the lock taken and skips,
 * instead of running the job a second time once the first run has ended (measured with two instances by the load
 * benchmark's {@code pair} part, docs/benchmarks.md). The lock is held at most that long too, so an instance that died holding
 * it delays the job by one interval; the jobs are safe to run twice at once (they check again under row locks and
 * unique keys), which a run longer than its interval may cause.
 * {@code portal.scheduling.enabled=false} (the test profile) starts no job on a timer: tests call a job themselves,
 * so two builds on one machine, or a test and a timer, never race.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnBooleanProperty(name = "portal.scheduling.enabled", matchIfMissing = true)
    static class Timers {
    }
}
