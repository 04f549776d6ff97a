package se.huddinge.delaktighet.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.sql.SQLException;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.resilience.retry.MethodRetryPredicate;

/**
 * Runs a transactional method again when MariaDB chose its transaction as the loser of a deadlock (error 1213):
 * the database rolled it back whole, so running it again is safe. The locks are taken in one order everywhere
 * (docs/design-decisions.md, DD10), which makes this rare; the retry makes it invisible to the resident. Spring's
 * retry advice wraps the transaction advice, so each attempt is a new transaction.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = RetryOnDeadlock.LostDeadlock.class, maxRetries = 4, delay = 20, jitter = 15, multiplier = 2)
public @interface RetryOnDeadlock {

    /** True for an error whose cause is MariaDB's "Deadlock found when trying to get lock". */
    final class LostDeadlock implements MethodRetryPredicate {

        static final int ER_LOCK_DEADLOCK = 1213;

        @Override
        public boolean shouldRetry(Method method, Throwable failure) {
            return lostDeadlock(failure);
        }

        public static boolean lostDeadlock(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getErrorCode() == ER_LOCK_DEADLOCK) {
                    return true;
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            return false;
        }
    }
}
