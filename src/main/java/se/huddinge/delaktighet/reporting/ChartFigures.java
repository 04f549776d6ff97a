package se.huddinge.delaktighet.reporting;

import org.springframework.stereotype.Component;

/** A chart as the screen shows it: the SVG, its summary and its table in one {@code <figure>}. */
@Component
public class ChartFigures {

    private final ChartRenderer renderer;

    ChartFigures(ChartRenderer renderer) {
        this.renderer = renderer;
    }

    public String figure(Chart chart) {
        return new Xhtml().figure(chart, renderer.svg(chart)).toString();
    }
}
