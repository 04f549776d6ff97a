package se.huddinge.delaktighet.proposal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * For {@link DeadlockTest}, in every {@code @PortalTest} context (so that test shares it): the portal's connections,
 * whose {@code commit()} throws the MariaDB driver's exception for a failed certification while {@link #failNext} has
 * failures left on the thread that armed it. Unarmed (every other test, every other thread) a connection is the
 * pool's own, not wrapped: the only difference to the portal is a {@link DelegatingDataSource} around the pool.
 */
public class CommitFailures {
    static final AtomicInteger failed = new AtomicInteger();
    private static final ThreadLocal<Integer> left = ThreadLocal.withInitial(() -> 0);

    /** The next {@code commits} commits on this thread fail (0 turns it off); resets the count of failures. */
    static void failNext(int commits) {
        left.set(commits);
        failed.set(0);
    }

    @Bean
    static BeanPostProcessor commitsThatFail() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !(bean instanceof DelegatingDataSource)
                        ? new DelegatingDataSource(ds) {
                            @Override
                            public Connection getConnection() throws SQLException {
                                Connection real = super.getConnection();
                                return left.get() > 0 ? failing(real) : real;
                            }
                        } : bean;
            }
        };
    }

    private static Connection failing(Connection real) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commit") && left.get() > 0) {
                        left.set(left.get() - 1);
                        failed.incrementAndGet();
                        real.rollback();
                        throw new SQLTransactionRollbackException("(conn=1) Deadlock found when trying to get "
                                + "lock; try restarting transaction", "40001", 1213);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
