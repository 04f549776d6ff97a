package se.huddinge.delaktighet.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransactionRollbackException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * Defect 7 of issue 7: the locks are taken in one order everywhere, and a transaction that MariaDB still picks as a
 * deadlock's loser runs again, so the resident never sees an error.
 */
@Import(DeadlockTest.FailsOnce.class)
class DeadlockTest extends ProposalServiceTestBase {

    @Autowired
    MySubmissionsService mine;
    @Autowired
    FailsOnce failsOnce;

    @Test
    void requests_for_my_submissions_go_through_while_the_job_forgets_old_addresses() throws Exception {
        for (int i = 0; i < 200; i++) {
            String hash = "%064d".formatted(i);
            jdbc.update("insert into address_lock (address_hash) values (?)", hash);
            jdbc.update("insert into address_request (address_hash, requested_at) values (?, ?)", hash,
                    java.sql.Timestamp.from(clock.instant().minus(Duration.ofHours(2))));
        }
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String address = "boende" + i + "@example.se";
            work.add(() -> {
                mine.requestLink(address, PortalI18n.SWEDISH);
                return null;
            });
            if (i % 10 == 0) {
                work.add(() -> {
                    mine.forgetOld();
                    return null;
                });
            }
        }
        runAtOnce(work);

        assertThat(jdbc.queryForObject("select count(*) from address_request", Integer.class)).isEqualTo(120);
    }

    @Test
    void a_transaction_that_lost_a_deadlock_runs_again_in_a_new_transaction() {
        failsOnce.reset();
        assertThat(failsOnce.insert("nummer-2")).isEqualTo(1);
        assertThat(jdbc.queryForList("select address_hash from address_lock", String.class))
                .as("the first attempt was rolled back whole").containsExactly("nummer-2");
    }

    private static void runAtOnce(List<Callable<Object>> work) throws Exception {
        var pool = Executors.newFixedThreadPool(12);
        var start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (var w : work) {
            results.add(pool.submit(() -> {
                start.await();
                return w.call();
            }));
        }
        start.countDown();
        for (var r : results) {
            r.get(120, TimeUnit.SECONDS);                 // throws if any request failed
        }
        pool.shutdown();
    }

    /** Writes a row, then fails like a deadlock's loser the first time. */
    @TestConfiguration
    static class FailsOnce {
        final AtomicBoolean failed = new AtomicBoolean();
        @Autowired
        JdbcTemplate jdbc;

        public void reset() {
            failed.set(false);
        }

        @Transactional
        @RetryOnDeadlock
        public int insert(String second) {
            if (failed.compareAndSet(false, true)) {
                jdbc.update("insert into address_lock (address_hash) values ('nummer-1')");
                throw new CannotAcquireLockException("lost", new SQLTransactionRollbackException(
                        "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213));
            }
            return jdbc.update("insert into address_lock (address_hash) values (?)", second);
        }
    }
}
