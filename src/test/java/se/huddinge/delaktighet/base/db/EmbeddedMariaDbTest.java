package se.huddinge.delaktighet.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The development database keeps its data when the portal starts again, wherever the checkout lies: also under the
 * system's temporary folder, where a reviewer's clone often is (issue 17, item 8).
 */
class EmbeddedMariaDbTest {

    @Test
    void a_kept_data_folder_under_the_temporary_folder_keeps_its_rows_when_the_server_starts_again(
            @TempDir Path checkout) throws Exception {
        var settings = new EmbeddedDatabaseSettings(true, checkout.resolve(".data/mariadb").toString(), 0, "portal", 2);

        var first = EmbeddedMariaDb.start(settings);
        try (var db = connect(first)) {
            db.createStatement().execute("create table kept (note varchar(40))");
            db.createStatement().execute("insert into kept values ('skrivet före omstarten')");
        } finally {
            first.stop();
        }
        var second = EmbeddedMariaDb.start(settings);
        try (var db = connect(second); var rows = db.createStatement().executeQuery("select note from kept")) {
            assertThat(rows.next()).as("the row written before the restart").isTrue();
            assertThat(rows.getString(1)).isEqualTo("skrivet före omstarten");
        } finally {
            second.stop();
        }
    }

    private static Connection connect(EmbeddedMariaDb db) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/portal?createDatabaseIfNotExist=true",
                "root", "");
    }
}
