package se.huddinge.delaktighet.reporting;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * A staff list's service as its view uses it: a page of the filtered rows, their count, and all of them as CSV.
 *
 * @param <F> the list's filter (with its order)
 * @param <R> a row
 */
public interface StaffListSource<F, R> {

    List<R> page(F filter, int offset, int limit);

    int count(F filter);

    /** The filtered list, in the list's order, as CSV (UTF-8 with a byte order mark, see {@link Csv}). */
    void exportCsv(F filter, Locale locale, OutputStream out);
}
