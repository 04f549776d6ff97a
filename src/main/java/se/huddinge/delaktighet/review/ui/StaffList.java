package se.huddinge.delaktighet.review.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.server.streams.DownloadHandler;

import se.huddinge.delaktighet.reporting.StaffListSource;

/**
 * What every staff list of Granskning shows, written once: its filters, the number of matching rows (announced to
 * screen readers when it changes), the link that downloads the filtered list as CSV, and the grid, filled a page at
 * a time from the database with one count per change of filter. The view adds the grid's columns and its filters.
 *
 * @param <F> the list's filter, built from the fields and the grid's sort order at each query
 * @param <R> a row
 */
final class StaffList<F, R> {

    private final Grid<R> grid = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final Div filters = new Div();
    private final Component[] parts;
    /** The filter and order of the page last shown: what the CSV exports (read on the download's request). */
    private volatile F current;
    /** Told each page of rows before the grid shows it. */
    private Consumer<List<R>> pageFetched = rows -> { };

    /**
     * @param id       the grid's id
     * @param labelKey the translation of the grid's label (the page's title)
     * @param totalKey the translation of the number of rows ({@code {0}})
     * @param file     the CSV file's name before the date
     */
    StaffList(Component page, String id, String labelKey, String totalKey, String file, Clock clock,
              Function<List<QuerySortOrder>, F> filter, StaffListSource<F, R> source) {
        this.current = filter.apply(List.of());
        filters.addClassName("filters");
        total.setId("list-total");
        total.getElement().setAttribute("aria-live", "polite");
        Locale locale = UI.getCurrent().getLocale();
        DownloadHandler export = event -> {
            event.setFileName(file + "-" + LocalDate.now(clock) + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            source.exportCsv(current, locale, event.getOutputStream());
        };
        var csv = new Anchor(export, page.getTranslation("list.csv"));
        csv.setId("csv");
        grid.setId(id);
        grid.getElement().setAttribute("aria-label", page.getTranslation(labelKey));
        grid.setPageSize(50);
        grid.setItems(q -> {
            current = filter.apply(q.getSortOrders());
            var rows = source.page(current, q.getOffset(), q.getLimit());
            pageFetched.accept(rows);
            return rows.stream();
        }, q -> {
            int n = source.count(filter.apply(List.of()));
            total.setText(page.getTranslation(totalKey, n));
            return n;
        });
        this.parts = new Component[]{filters, new Div(total, csv), grid};
    }

    Grid<R> grid() {
        return grid;
    }

    /** The fields that filter the list: shown above it, and each change shows the list anew (counted once). */
    void filterBy(HasValue<?, ?>... fields) {
        for (var field : fields) {
            filters.add((Component) field);
            field.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
    }

    /** Lets the view fetch what belongs to each page of rows (e.g. contact details) before its columns are drawn. */
    void onPage(Consumer<List<R>> listener) {
        this.pageFetched = listener;
    }

    /** The filters, the total with the CSV link, and the grid, in that order. */
    Component[] components() {
        return parts;
    }
}
