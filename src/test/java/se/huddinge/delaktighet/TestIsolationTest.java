package se.huddinge.delaktighet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Two builds of the project may run on one machine at the same time: the tests of one must not start the other's
 * jobs or read its letters. So no job runs on a timer in a test, and each test JVM has an SMTP port of its own.
 */
@PortalTest
class TestIsolationTest {

    @Autowired
    ApplicationContext context;
    @Value("${spring.mail.port}")
    int mailPort;

    @Test
    void no_job_runs_on_a_timer_in_a_test() {
        Map<String, ScheduledTaskHolder> holders = context.getBeansOfType(ScheduledTaskHolder.class);
        assertThat(holders.values()).allSatisfy(h -> assertThat(h.getScheduledTasks()).isEmpty());
    }

    @Test
    void letters_go_to_the_smtp_port_of_this_test_jvm_not_a_fixed_one() {
        assertThat(mailPort).isEqualTo(TestSmtp.port()).isNotEqualTo(3025);
    }
}
