package se.huddinge.delaktighet.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import se.huddinge.delaktighet.base.PortalSettings;

/**
 * A sitemap larger than one file becomes a sitemap index of files of one page each, and no answer reads more than a
 * page of rows (the published proposals' own test, over HTTP, is {@code security.FirstHtmlAnswersTest}).
 */
class SearchEnginesTest {

    private static final PortalSettings SETTINGS = new PortalSettings(URI.create("https://delaktighet.huddinge.se/"),
            ZoneId.of("Europe/Stockholm"), "Huddinge kommun",
            new PortalSettings.Contact("08-535 300 00", "kontakt@huddinge.se", "webb@huddinge.se", "dso@huddinge.se"),
            new PortalSettings.Mail("no-reply@huddinge.se", "Huddinge kommun"));

    private final List<Long> limits = new ArrayList<>();

    /** Seven proposals' pages, numbered 1 to 7. */
    private final SitemapSource seven = new SitemapSource() {
        @Override
        public long count() {
            return 7;
        }

        @Override
        public List<Entry> entries(long offset, int limit) {
            limits.add((long) limit);
            return LongStream.rangeClosed(1, 7).skip(offset).limit(limit)
                    .mapToObj(n -> new Entry("forslag/HF-2026-000" + n, Instant.parse("2026-03-0" + n + "T09:00:00Z")))
                    .toList();
        }
    };

    @Test
    void what_fits_in_one_file_is_the_sitemap_itself() {
        var sitemap = new SearchEngines(SETTINGS, List.of(), List.of(seven), null, 10);

        var xml = parse(sitemap.sitemap(null, new MockHttpServletResponse()).getBody());

        assertThat(xml.select("url > loc").eachText()).hasSize(7)
                .startsWith("https://delaktighet.huddinge.se/forslag/HF-2026-0001");
        assertThat(xml.select("url > lastmod").first().text()).isEqualTo("2026-03-01T09:00:00Z");
    }

    @Test
    void beyond_one_file_the_sitemap_is_an_index_of_files_of_one_page_each() {
        var sitemap = new SearchEngines(SETTINGS, List.of(), List.of(seven), null, 3);

        var index = parse(sitemap.sitemap(null, new MockHttpServletResponse()).getBody());
        assertThat(index.select("sitemapindex > sitemap > loc").eachText()).containsExactly(
                "https://delaktighet.huddinge.se/sitemap.xml?sida=0", "https://delaktighet.huddinge.se/sitemap.xml?sida=1",
                "https://delaktighet.huddinge.se/sitemap.xml?sida=2", "https://delaktighet.huddinge.se/sitemap.xml?sida=3");

        var all = new ArrayList<String>();
        for (int page = 1; page <= 3; page++) {
            all.addAll(parse(sitemap.sitemap(page, new MockHttpServletResponse()).getBody()).select("url > loc").eachText());
        }
        assertThat(all).hasSize(7).doesNotHaveDuplicates().last()
                .isEqualTo("https://delaktighet.huddinge.se/forslag/HF-2026-0007");
        assertThat(limits).isNotEmpty().allSatisfy(limit -> assertThat(limit).isLessThanOrEqualTo(3));
        assertThat(sitemap.sitemap(4, new MockHttpServletResponse()).getStatusCode().value()).isEqualTo(404);
    }

    private static org.jsoup.nodes.Document parse(String xml) {
        return Jsoup.parse(xml, Parser.xmlParser());
    }
}
