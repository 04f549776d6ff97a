package se.huddinge.delaktighet;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each Spring context installs its own Vaadin-aware security-context strategy in the static
 * {@link SecurityContextHolder}; the test JVM caches several contexts, so before each test the strategy of the
 * context that test uses is put back. Otherwise a test that signs someone in would write to another context's
 * strategy than the one its method security reads.
 */
public class SecurityStrategyAlignment implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
