package se.huddinge.delaktighet.base;

import java.util.concurrent.Executor;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * {@code @Async} methods (the event listeners) run on the {@link BoundedExecutor}: without the bound a burst (137
 * supports loaded at once) took every connection and the listeners that waited longest failed.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecution implements AsyncConfigurer {

    private final BoundedExecutor executor;

    ListenerExecution(BoundedExecutor executor) {
        this.executor = executor;
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor::execute;
    }
}
