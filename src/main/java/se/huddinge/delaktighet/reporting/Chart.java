package se.huddinge.delaktighet.reporting;

import java.util.List;

/**
 * A chart's figures, words and table in one: the same values become the SVG, its one-sentence summary and the
 * table beside it for screen readers.
 *
 * @param id         unique on the page (the SVG's ids start with it)
 * @param categories the bars' labels (months, districts, …)
 * @param series     one or more rows of values, one per category
 * @param horizontal bars across (for long labels such as districts)
 */
public record Chart(String id, String title, String summary, String categoryHeader, List<String> categories,
                    List<Series> series, boolean horizontal) {

    public record Series(String name, List<Long> values) {
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == 0));
    }
}
