package se.huddinge.delaktighet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.huddinge.delaktighet.PortalTest;
import se.huddinge.delaktighet.proposal.ProposalJobs;

/**
 * Issue 11, two instances: each instance has its own timer, so without a lock held for the job's interval the
 * instance whose timer fires a moment later ran the job again as soon as the first run had ended (the load
 * benchmark saw every job twice per interval). A run now holds the lock in MariaDB for its interval: another
 * instance's timer within that interval skips; after it, the job runs again.
 */
@PortalTest
class JobsOncePerIntervalTest {

    @Autowired
    ProposalJobs jobs;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_job_run_holds_its_lock_for_its_interval_so_a_second_instance_skips_until_the_interval_has_passed() {
        jdbc.update("delete from shedlock where name = 'proposals.closeEnded'");

        jobs.scheduledClose();
        Map<String, Object> first = lock();
        Duration held = Duration.between(((Timestamp) first.get("locked_at")).toInstant(),
                ((Timestamp) first.get("lock_until")).toInstant());
        assertThat(held).isGreaterThanOrEqualTo(Duration.ofMinutes(5));      // portal.proposals.close-interval

        jobs.scheduledClose();                                                // another instance's timer, same interval
        assertThat(lock().get("locked_at")).isEqualTo(first.get("locked_at"));

        jdbc.update("update shedlock set locked_at = locked_at - interval 6 minute, lock_until = lock_until - "
                + "interval 6 minute where name = 'proposals.closeEnded'");  // the interval has passed
        Object before = lock().get("locked_at");
        jobs.scheduledClose();
        assertThat(lock().get("locked_at")).isNotEqualTo(before);
    }

    private Map<String, Object> lock() {
        return jdbc.queryForMap("select locked_at, lock_until from shedlock where name = 'proposals.closeEnded'");
    }
}
