package se.huddinge.delaktighet.review.ui;

import java.util.List;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;

/** Plain HTML tables with a caption, column headers and the first cell of each row as its header. */
final class Tables {

    private Tables() {
    }

    static NativeTable of(String caption, List<String> headers, List<List<String>> rows) {
        var table = new NativeTable();
        table.addClassName("figures");
        table.setCaptionText(caption);
        var head = new NativeTableRow();
        headers.forEach(h -> head.addHeaderCell().setText(h));
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        table.getHead().add(head);
        for (var cells : rows) {
            var row = new NativeTableRow();
            var first = row.addHeaderCell();
            first.setText(cells.getFirst());
            first.getElement().setAttribute("scope", "row");
            cells.stream().skip(1).forEach(c -> row.addDataCell().setText(c));
            table.getBody().add(row);
        }
        return table;
    }
}
