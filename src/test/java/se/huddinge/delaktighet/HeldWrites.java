package se.huddinge.delaktighet;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Holds back every write to a table while a test step runs (reads go on): a listener that writes there after the
 * step's commit then lands only after the step's answer, every time, not just when the machine is busy.
 */
public final class HeldWrites {

    private HeldWrites() {
    }

    public interface Step {
        void run() throws Exception;
    }

    public static void to(DataSource dataSource, String table, Step step) throws Exception {
        try (Connection lock = dataSource.getConnection(); Statement sql = lock.createStatement()) {
            sql.execute("LOCK TABLES " + table + " READ");
            try {
                step.run();
            } finally {
                sql.execute("UNLOCK TABLES");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hold writes to " + table, e);
        }
    }
}
