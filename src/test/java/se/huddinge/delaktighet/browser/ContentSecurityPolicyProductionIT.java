package se.huddinge.delaktighet.browser;

import org.springframework.test.context.TestPropertySource;

/**
 * The same pages under Vaadin's production mode, as the {@code prod} profile runs them: the production bundle that
 * {@code ./mvnw package} puts into the jar (present on the classpath when the browser tests run, after
 * {@code prepare-package}; docs/design-decisions.md, DD26).
 */
@TestPropertySource(properties = "vaadin.productionMode=true")
class ContentSecurityPolicyProductionIT extends ContentSecurityPolicyIT {

    @Override
    protected boolean productionMode() {
        return true;
    }
}
