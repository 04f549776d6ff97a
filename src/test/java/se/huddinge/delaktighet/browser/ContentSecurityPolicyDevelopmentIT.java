package se.huddinge.delaktighet.browser;

import org.springframework.test.context.TestPropertySource;

/**
 * The same pages under Vaadin's development mode, as {@code ./mvnw spring-boot:run} runs them (with the development
 * bundle, no Node). Named here because the browser tests' shared context runs in production mode once
 * {@code prepare-package} has written Vaadin's build file ({@link BrowserTest}); so this class starts a context of its
 * own, the only browser test that does.
 */
@TestPropertySource(properties = "vaadin.productionMode=false")
class ContentSecurityPolicyDevelopmentIT extends ContentSecurityPolicyIT {

    @Override
    protected boolean productionMode() {
        return false;
    }
}
