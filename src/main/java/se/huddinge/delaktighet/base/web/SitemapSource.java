package se.huddinge.delaktighet.base.web;

import java.time.Instant;
import java.util.List;

/**
 * Pages a feature has one of per item (a proposal's page), for {@code /sitemap.xml} ({@link SearchEngines}): only
 * what anyone may read, a page at a time in a stable order.
 */
public interface SitemapSource {

    /** How many pages there are. */
    long count();

    /** At most {@code limit} pages from {@code offset}. */
    List<Entry> entries(long offset, int limit);

    /**
     * @param path      the page's address inside the portal, without the leading slash
     * @param changedAt when what the page shows last changed, or {@code null}
     */
    record Entry(String path, Instant changedAt) {
    }
}
