package se.huddinge.delaktighet.reporting;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.stereotype.Component;

/**
 * Draws a {@link Chart} as SVG on the server (JFreeChart + JFreeSVG; no frontend bundle). Colours are dark enough
 * for 3:1 against white (WCAG 1.4.11), each bar carries its value as text and the series are told apart by the
 * legend's words too, so nothing rests on colour alone. The SVG is an image with the chart's title as its name.
 */
@Component
public class ChartRenderer {

    /** Dark blue, dark orange, dark green, purple: each at least 4.5:1 on white. */
    private static final List<Color> COLOURS = List.of(new Color(0x1F4E79), new Color(0xA04000),
            new Color(0x2E6B30), new Color(0x6A3D9A));
    private static final int WIDTH = 720;
    private static final int HEIGHT = 360;
    static final String FONT = "DejaVu Sans";

    static {
        // the chart's font ships with the portal, so a server without fonts draws the same
        for (String file : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")) {
            try (InputStream in = ChartRenderer.class.getResourceAsStream("/reports/fonts/" + file)) {
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
            } catch (IOException | java.awt.FontFormatException e) {
                throw new UncheckedIOException(new IOException("Cannot load the chart font " + file, e));
            }
        }
    }

    public String svg(Chart chart) {
        var data = new DefaultCategoryDataset();
        for (var series : chart.series()) {
            for (int i = 0; i < chart.categories().size(); i++) {
                data.addValue(series.values().get(i), series.name(), chart.categories().get(i));
            }
        }
        var theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 16));
        theme.setLargeFont(new Font(FONT, Font.BOLD, 13));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 12));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 11));
        ChartFactory.setChartTheme(theme);
        JFreeChart jfree = ChartFactory.createBarChart(null, null, null, data,
                chart.horizontal() ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL,
                chart.series().size() > 1, false, false);
        jfree.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = jfree.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0x767676));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        plot.getRangeAxis().setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
        var renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(FONT, Font.PLAIN, 11));
        for (int i = 0; i < chart.series().size(); i++) {
            renderer.setSeriesPaint(i, COLOURS.get(i % COLOURS.size()));
        }
        int height = chart.horizontal() ? Math.max(HEIGHT, 60 + 28 * chart.categories().size()) : HEIGHT;
        var g2 = new SVGGraphics2D(WIDTH, height);
        g2.setDefsKeyPrefix(chart.id() + "-");
        jfree.draw(g2, new Rectangle(0, 0, WIDTH, height));
        String svg = g2.getSVGElement(chart.id() + "-svg", false, new ViewBox(0, 0, WIDTH, height), null, null);
        // whole numbers in the viewBox (openhtmltopdf reads it as integers), the title as the image's name and alt
        svg = svg.replaceFirst("viewBox=\"[^\"]*\"", "viewBox=\"0 0 " + WIDTH + " " + height + "\"");
        String title = "<title id=\"" + chart.id() + "-title\">" + Xhtml.escape(chart.title()) + "</title>";
        int open = svg.indexOf('>') + 1;
        return svg.substring(0, open - 1) + " role=\"img\" aria-labelledby=\"" + chart.id() + "-title\" alt=\""
                + Xhtml.escape(chart.title()) + "\" class=\"chart\">" + title + svg.substring(open);
    }
}
