package se.huddinge.delaktighet.proposal;

import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import se.huddinge.delaktighet.base.RetryOnDeadlock;

/**
 * For {@link DeadlockTest}, in every {@code @PortalTest} context: writes a row, then fails like a deadlock's loser the
 * first time after {@link #reset}. Nothing calls it but that test.
 */
public class FailsOnceLikeADeadlock {
    private final AtomicBoolean failed = new AtomicBoolean(true);
    private final JdbcTemplate jdbc;

    FailsOnceLikeADeadlock(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

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
