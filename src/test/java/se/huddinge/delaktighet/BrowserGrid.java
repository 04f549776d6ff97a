package se.huddinge.delaktighet;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the browser's grid asks the server for, which Karibu does not ask: the rows it shows. vaadin-grid calls the
 * grid's {@code setViewportRange} (a client-callable method) with the rows in view; a grid that shows all its rows
 * ({@code setAllRowsVisible}) has every row in view and asks for all of them at once. The server then fetches the
 * range and sends it, as at the end of each round trip.
 */
public final class BrowserGrid {

    private static final Method VIEWPORT;

    static {
        try {
            VIEWPORT = Grid.class.getDeclaredMethod("setViewportRange", int.class, int.class);
            VIEWPORT.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private BrowserGrid() {
    }

    /** The page shows the grid: it asks for its first rows, a page of them, or all when it shows all. */
    public static void show(Grid<?> grid, int rows) {
        askFor(grid, 0, grid.isAllRowsVisible() ? rows : grid.getPageSize());
    }

    /** The reader scrolls to {@code row}: the grid asks for the page of rows around it. */
    public static void scrollTo(Grid<?> grid, int row) {
        int page = grid.getPageSize();
        askFor(grid, row / page * page, page);
    }

    private static void askFor(Grid<?> grid, int start, int length) {
        try {
            VIEWPORT.invoke(grid, start, length);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        MockVaadin.clientRoundtrip(false);
    }

    /** How many rows the database has sent to its clients so far (MariaDB's {@code Rows_sent}). */
    public static long rowsSent(JdbcTemplate jdbc) {
        return jdbc.queryForObject("show global status like 'Rows_sent'", (rs, i) -> rs.getLong(2));
    }
}
