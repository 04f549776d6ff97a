package se.huddinge.delaktighet;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the tables between tests: every test starts from an empty portal. */
public final class Database {

    private Database() {
    }

    public static void clear(JdbcTemplate jdbc) {
        // let the previous test's letters and event listeners finish first, or they write into this test
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() ->
                jdbc.queryForObject("select count(*) from event_publication where completion_date is null "
                        + "and (status is null or status <> 'FAILED')", Integer.class) == 0
                        && jdbc.queryForObject("select count(*) from letter where status = 'SENDING'", Integer.class) == 0);
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
}
