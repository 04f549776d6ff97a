package se.huddinge.delaktighet;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application on the embedded MariaDB, with the movable clock and the few test beans some tests
 * switch on ({@link PortalTestBeans}). A test that adds configuration of its own starts a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestConfig.class, PortalTestBeans.class})
public @interface PortalTest {
}
