package se.huddinge.delaktighet.reporting;

import java.util.List;

/**
 * Builds the XHTML the reports are made of: the screen shows it and openhtmltopdf prints it, so both say the same.
 * Every text goes through {@link #escape}; tables have a caption, column headers and row headers.
 */
final class Xhtml {

    private final StringBuilder html = new StringBuilder();

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    Xhtml raw(String markup) {
        html.append(markup);
        return this;
    }

    Xhtml element(String tag, String text) {
        html.append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append('>');
        return this;
    }

    Xhtml table(String caption, List<String> headers, List<List<String>> rows) {
        html.append("<table><caption>").append(escape(caption)).append("</caption><thead><tr>");
        headers.forEach(h -> html.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        html.append("</tr></thead><tbody>");
        for (var row : rows) {
            html.append("<tr><th scope=\"row\">").append(escape(row.getFirst())).append("</th>");
            row.stream().skip(1).forEach(c -> html.append("<td>").append(escape(c)).append("</td>"));
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        return this;
    }

    /** A chart: the SVG, its one-sentence summary, and its figures as a table. */
    Xhtml figure(Chart chart, String svg) {
        html.append("<figure class=\"chart-figure\" id=\"").append(escape(chart.id())).append("\">").append(svg)
                .append("<figcaption>").append(escape(chart.summary())).append("</figcaption>");
        var headers = new java.util.ArrayList<String>();
        headers.add(chart.categoryHeader());
        chart.series().forEach(s -> headers.add(s.name()));
        var rows = new java.util.ArrayList<List<String>>();
        for (int i = 0; i < chart.categories().size(); i++) {
            var row = new java.util.ArrayList<String>();
            row.add(chart.categories().get(i));
            for (var s : chart.series()) {
                row.add(String.valueOf(s.values().get(i)));
            }
            rows.add(row);
        }
        table(chart.title(), headers, rows);
        html.append("</figure>");
        return this;
    }

    @Override
    public String toString() {
        return html.toString();
    }
}
