package se.huddinge.delaktighet.base.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.ui.LanguageSwitch;
import se.huddinge.delaktighet.base.ui.NotForSearchEngines;
import se.huddinge.delaktighet.base.ui.PagePreview;

/**
 * {@code /robots.txt} and {@code /sitemap.xml} (docs/design-decisions.md, DD27). Search engines may read every
 * page anyone may open, except the pages behind one-time links and the staff sign-in
 * ({@link NotForSearchEngines}); every view that is not {@code @AnonymousAllowed} is disallowed as well, read from
 * Vaadin's route table, so a new staff page is covered without a change here. The sitemap lists the public pages
 * that have a {@link PagePreview} and no parameter, and each page of a {@link SitemapSource} (the published
 * proposals), with absolute addresses from {@code portal.base-url}. While everything fits in one file of
 * {@code pageSize} addresses that file is the sitemap; beyond that {@code /sitemap.xml} is a sitemap index of files
 * of that size ({@code ?sida=0} the fixed pages, then the sources), so no answer reads more than one page of rows.
 */
@RestController
class SearchEngines {

    private static final CacheControl AN_HOUR = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();
    private static final MediaType XML = new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8);

    private final PortalSettings settings;
    private final List<PagePreview> previews;
    private final List<SitemapSource> sources;
    private final ServletContext servletContext;
    private final int pageSize;

    SearchEngines(PortalSettings settings, List<PagePreview> previews, List<SitemapSource> sources,
                  ServletContext servletContext, @Value("${portal.sitemap.page-size:10000}") int pageSize) {
        this.settings = settings;
        this.previews = previews;
        this.sources = sources;
        this.servletContext = servletContext;
        this.pageSize = pageSize;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots(HttpServletResponse response) {
        var text = new StringBuilder("User-agent: *\n");
        disallowed().forEach(path -> text.append("Disallow: /").append(path).append('\n'));
        text.append("\nSitemap: ").append(settings.link("sitemap.xml")).append('\n');
        return cacheable(response).contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(text.toString());
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(@RequestParam(name = "sida", required = false) Integer page,
                                   HttpServletResponse response) {
        List<String> fixed = fixedPages();
        long items = sources.stream().mapToLong(SitemapSource::count).sum();
        long files = 1 + (items + pageSize - 1) / pageSize;
        String body;
        if (page == null && fixed.size() + items <= pageSize) {
            var all = new ArrayList<SitemapSource.Entry>();
            fixed.forEach(path -> all.add(new SitemapSource.Entry(path, null)));
            all.addAll(entries(0, pageSize));
            body = urlSet(all);
        } else if (page == null) {
            body = index(files);
        } else if (page == 0) {
            body = urlSet(fixed.stream().map(path -> new SitemapSource.Entry(path, null)).toList());
        } else if (page > 0 && page < files) {
            body = urlSet(entries((long) (page - 1) * pageSize, pageSize));
        } else {
            return ResponseEntity.notFound().build();
        }
        return cacheable(response).contentType(XML).body(body);
    }

    /** The pages of every source from {@code offset} on, as if they were one list. */
    private List<SitemapSource.Entry> entries(long offset, int limit) {
        var out = new ArrayList<SitemapSource.Entry>();
        long skip = offset;
        for (var source : sources) {
            long count = source.count();
            if (skip >= count) {
                skip -= count;
                continue;
            }
            out.addAll(source.entries(skip, limit - out.size()));
            skip = 0;
            if (out.size() >= limit) {
                break;
            }
        }
        return out;
    }

    private String urlSet(List<SitemapSource.Entry> entries) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (var entry : entries) {
            xml.append("  <url><loc>").append(escape(settings.link(entry.path()))).append("</loc>");
            if (entry.changedAt() != null) {
                xml.append("<lastmod>").append(DateTimeFormatter.ISO_INSTANT.format(entry.changedAt()))
                        .append("</lastmod>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    private String index(long files) {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (long i = 0; i < files; i++) {
            xml.append("  <sitemap><loc>").append(escape(settings.link("sitemap.xml?sida=" + i)))
                    .append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /** Public pages with a preview and an address of their own: no parameter, not kept from search engines. */
    private List<String> fixedPages() {
        return previews.stream().map(PagePreview::view)
                .filter(view -> !view.isAnnotationPresent(NotForSearchEngines.class)
                        && !HasUrlParameter.class.isAssignableFrom(view))
                .map(view -> view.getAnnotation(Route.class).value())
                .filter(path -> !path.contains(":"))
                .sorted().toList();
    }

    /** The address prefixes of every route that is not for everyone or not for search engines, shortest first. */
    private List<String> disallowed() {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        var prefixes = new TreeSet<String>();
        // the language switch's answer only redirects to a page that is listed already
        prefixes.add(LanguageSwitch.PATH);
        for (var route : registry.getRegisteredRoutes()) {
            Class<? extends Component> view = route.getNavigationTarget();
            if (view.isAnnotationPresent(AnonymousAllowed.class) && !view.isAnnotationPresent(NotForSearchEngines.class)) {
                continue;
            }
            String template = route.getTemplate();
            int parameter = template.indexOf(':');
            String prefix = (parameter < 0 ? template : template.substring(0, parameter)).replaceAll("/+$", "");
            if (!prefix.isEmpty()) {
                prefixes.add(prefix);
            }
        }
        // "granskning" covers "granskning/pris"
        return prefixes.stream().filter(p -> prefixes.stream().noneMatch(q -> p.startsWith(q + "/"))).toList();
    }

    /**
     * The security headers forbid storing every answer ({@code Pragma}, {@code Expires} beside
     * {@code Cache-Control}); these two may be kept for an hour, and a cache is not told two things.
     */
    private static ResponseEntity.BodyBuilder cacheable(HttpServletResponse response) {
        response.setHeader("Pragma", null);
        response.setHeader("Expires", null);
        return ResponseEntity.ok().cacheControl(AN_HOUR);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
