package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.function.IntSupplier;

/**
 * A grid of a staff page filled a page at a time from the database, counted once per look. It is as long as its rows
 * while they fit in one page and scrolls when there are more: Vaadin sends a grid that shows all its rows at most ten
 * pages at once, and a page that asked for more broke ("Något gick fel", issue 17: a case with 600 letters).
 *
 * @param <T> a row
 */
public final class PagedRows<T> {

    /** The rows from {@code offset}, at most {@code limit}, in the list's order. */
    @FunctionalInterface
    public interface Page<T> {
        List<T> rows(int offset, int limit);
    }

    private final Grid<T> grid;
    private final IntSupplier counter;
    /** How many rows there were at the last look: the grid's size until it looks again. */
    private int count;

    private PagedRows(Grid<T> grid, Page<T> page, IntSupplier counter) {
        this.grid = grid;
        this.counter = counter;
        grid.setItems(q -> page.rows(q.getOffset(), q.getLimit()).stream(), q -> count);
    }

    /** Fills {@code grid} from {@code page}, with {@code count} rows in all; shows the first. */
    public static <T> PagedRows<T> of(Grid<T> grid, Page<T> page, IntSupplier count) {
        var rows = new PagedRows<>(grid, page, count);
        rows.refresh();
        return rows;
    }

    /** Counts the rows again and shows the grid anew; returns how many there are. */
    public int refresh() {
        count = counter.getAsInt();
        grid.setAllRowsVisible(count <= grid.getPageSize());
        grid.getDataProvider().refreshAll();
        return count;
    }

    /** How many rows there were at the last look. */
    public int count() {
        return count;
    }
}
