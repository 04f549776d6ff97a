package se.huddinge.delaktighet.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.huddinge.delaktighet.base.RetryOnDeadlock;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * Defect 7 of issue 7: the locks are taken in one order everywhere, and a transaction that MariaDB still picks as a
 * deadlock's loser runs again, so the resident never sees an error. Its fakes ({@link CommitFailures},
 * {@link FailsOnceLikeADeadlock}) are in every {@code @PortalTest} context, off until a test here arms them.
 */
class DeadlockTest extends ProposalServiceTestBase {

    @Autowired
    MySubmissionsService mine;
    @Autowired
    FailsOnceLikeADeadlock failsOnce;

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

    /**
     * Galera checks a transaction against the other nodes' writes only when it commits: the loser's COMMIT fails with
     * the error MariaDB gives a deadlock's loser (1213, SQLSTATE 40001, "Deadlock found when trying to get lock; try
     * restarting transaction", as the three-node run of the load benchmark showed). Here the connection's commit
     * throws exactly what the MariaDB driver throws then, once: the resident's request must go through, saved once.
     */
    @Test
    void a_transaction_whose_commit_failed_certification_runs_again() {
        CommitFailures.failNext(1);
        mine.requestLink("boende@example.se", PortalI18n.SWEDISH);

        assertThat(CommitFailures.failed.get()).as("the first commit failed").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from address_request", Integer.class))
                .as("saved once, by the second attempt").isEqualTo(1);
    }

    @Test
    void a_commit_that_fails_certification_more_often_than_the_retries_reaches_the_caller() {
        CommitFailures.failNext(5);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> mine.requestLink("boende@example.se", PortalI18n.SWEDISH))
                    .satisfies(e -> assertThat(RetryOnDeadlock.LostDeadlock.lostDeadlock(e)).isTrue());
            assertThat(CommitFailures.failed.get()).as("the first try and four retries").isEqualTo(5);
            assertThat(jdbc.queryForObject("select count(*) from address_request", Integer.class)).isZero();
        } finally {
            CommitFailures.failNext(0);
        }
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
}
