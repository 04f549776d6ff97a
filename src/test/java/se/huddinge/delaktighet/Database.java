package se.huddinge.delaktighet;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.awaitility.core.ConditionTimeoutException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the tables between tests: every test starts from an empty portal. */
public final class Database {

    private static final String PENDING_EVENTS = "select count(*) from event_publication where completion_date is null "
            + "and (status is null or status not in ('FAILED'))";
    /** Rounds of letters to subscribers still being written (one whose batch failed waits for its test to go on). */
    private static final String UNFINISHED_ROUNDS = "select count(*) from letter_fan_out where done_at is null "
            + "and attempts = 0";

    private Database() {
    }

    public static void clear(JdbcTemplate jdbc) {
        // let the previous test's letters and event listeners finish first, or they write into this test
        try {
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() ->
                    jdbc.queryForObject(PENDING_EVENTS, Integer.class) == 0
                            && jdbc.queryForObject("select count(*) from letter where status = 'SENDING'", Integer.class) == 0
                            && jdbc.queryForObject(UNFINISHED_ROUNDS, Integer.class) == 0);
        } catch (ConditionTimeoutException e) {
            // a publication left behind by a context that was closed mid-listener: say which, then go on
            System.err.println("Database.clear: still pending after 10 s: " + jdbc.queryForList(
                    "select event_type, listener_id, status from event_publication where completion_date is null"));
        }
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = database() "
                        + "and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'", String.class);
        jdbc.execute("SET FOREIGN_KEY_CHECKS = 0");
        try {
            tables.forEach(t -> jdbc.execute("TRUNCATE TABLE `" + t + "`"));
        } finally {
            jdbc.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    /** How many SELECT statements the server ran around {@code action}, the two readings of the counter included. */
    public static long selects(JdbcTemplate jdbc, Runnable action) {
        long before = comSelect(jdbc);
        action.run();
        return comSelect(jdbc) - before;
    }

    private static long comSelect(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select variable_value from information_schema.global_status where variable_name "
                + "= 'COM_SELECT'", Long.class);
    }
}
