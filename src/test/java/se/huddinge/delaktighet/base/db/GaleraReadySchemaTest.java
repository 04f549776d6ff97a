package se.huddinge.delaktighet.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.huddinge.delaktighet.PortalTest;

/**
 * What a MariaDB Galera cluster needs of the schema (issue 21, DD36), checked on the real MariaDB after every
 * migration ran: every table has a primary key (Galera replicates rows by their key; a table without one is
 * replicated slowly or inconsistently, and {@code wsrep_mode=REQUIRED_PRIMARY_KEY} refuses it), every table is
 * InnoDB (Galera replicates InnoDB only), and no migration locks tables ({@code LOCK TABLES} is not replicated).
 * It covers Flyway's history, Spring Modulith's {@code event_publication} and ShedLock's {@code shedlock}: they are
 * made by the migrations too.
 */
@PortalTest
class GaleraReadySchemaTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_table_has_a_primary_key() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE'", String.class);
        List<String> withoutKey = jdbc.queryForList("select t.table_name from information_schema.tables t "
                + "where t.table_schema = database() and t.table_type = 'BASE TABLE' and not exists ("
                + "select 1 from information_schema.table_constraints c where c.table_schema = t.table_schema "
                + "and c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY')", String.class);

        assertThat(tables).as("the schema's tables").contains("flyway_schema_history", "event_publication",
                "shedlock", "proposal", "support", "letter");
        assertThat(withoutKey).as("tables without a primary key").isEmpty();
    }

    @Test
    void every_table_is_innodb() {
        assertThat(jdbc.queryForList("select concat(table_name, ' ', engine) from information_schema.tables "
                + "where table_schema = database() and table_type = 'BASE TABLE' and engine <> 'InnoDB'",
                String.class)).as("tables Galera would not replicate").isEmpty();
    }

    @Test
    void no_migration_locks_tables_or_uses_named_locks() throws IOException {
        var locks = Pattern.compile("(?i)\\b(lock\\s+tables?|get_lock|flush\\s+tables)\\b");
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> locking = files.filter(f -> locks.matcher(read(f)).find())
                    .map(f -> f.getFileName().toString()).toList();
            assertThat(locking).as("migrations that lock tables").isEmpty();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
