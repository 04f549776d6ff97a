package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.base.i18n.Texts;

/**
 * A public page's first HTML, the answer before any JavaScript runs, says what the page is and shows it
 * (docs/design-decisions.md, DD27). Vaadin sends the same empty page for every address; here, for a view with a
 * {@link PagePreview}, the page gets its {@code <title>}, meta description, canonical address and Open Graph and
 * Twitter card tags, and the body gets the layout with the page's main content before Vaadin's outlet, so it paints
 * at once and search engines and link previews read it. When the app has built the same page in the outlet, the
 * stylesheet hides this copy ({@code .first-paint}) and {@link MainLayout} removes it: one {@code <main>} remains.
 * Every text goes through Jsoup's API or {@link StaticHtml}, so what a resident typed arrives escaped, as typed.
 * The language is the visitor's ({@link LanguageSelection}): Swedish, Finnish or English.
 */
@Component
class FirstPaint implements VaadinServiceInitListener, IndexHtmlRequestListener {

    /** The class of the first HTML's copy of the page. */
    static final String CLASS_NAME = "first-paint";
    /** The portal's picture for link previews: Open Graph's recommended 1200 × 630. */
    static final String IMAGE = "images/delaktighetsportalen-1200x630.png";

    private final Map<Class<?>, PagePreview> previews;
    private final PortalSettings settings;
    private final I18NProvider provider;
    private final AppStartSettings start;

    FirstPaint(List<PagePreview> previews, PortalSettings settings, I18NProvider provider, AppStartSettings start) {
        this.previews = previews.stream().collect(Collectors.toMap(PagePreview::view, Function.identity()));
        this.settings = settings;
        this.provider = provider;
        this.start = start;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this);
    }

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        VaadinRequest request = response.getVaadinRequest();
        Locale locale = LanguageSelection.chosen(request);
        Texts t = Texts.of(provider, locale);
        Document page = response.getDocument();
        page.selectFirst("html").attr("lang", locale.getLanguage());
        var requested = RequestedPage.of(request);
        var preview = requested.flatMap(r -> Optional.ofNullable(previews.get(r.view()))
                .flatMap(p -> p.preview(r.parameters(), locale)));
        if (preview.isEmpty()) {
            page.title(t.get("layout.portal"));
            return;
        }
        head(page, preview.get(), t, locale);
        // a signed-in member of staff gets a header with their own links: the app draws that one
        if (request.getUserPrincipal() == null) {
            page.body().prepend(frame(preview.get().content(), requested.get().path(), t, locale).markup());
            if (request.getService().getDeploymentConfiguration().isProductionMode()) {
                AppStartsAfterPaint.apply(page,
                        requested.get().view().isAnnotationPresent(AppStartsOnInteraction.class),
                        start.startAfterIdle());
            }
        }
    }

    private void head(Document page, PagePreview.Preview preview, Texts t, Locale locale) {
        String portal = t.get("layout.portal");
        page.title(preview.heading() + PortalPage.TITLE_SEPARATOR + portal);
        var head = page.head();
        head.appendElement("meta").attr("name", "description").attr("content", preview.description());
        if (preview.canonicalPath() != null) {
            String address = settings.link(preview.canonicalPath());
            head.appendElement("link").attr("rel", "canonical").attr("href", address);
            property(page, "og:url", address);
        }
        property(page, "og:type", preview.article() ? "article" : "website");
        property(page, "og:site_name", settings.municipality() + " – " + portal);
        property(page, "og:locale", switch (PortalI18n.supported(locale).getLanguage()) {
            case "en" -> "en_GB";
            case "fi" -> "fi_FI";
            default -> "sv_SE";
        });
        property(page, "og:title", preview.heading());
        property(page, "og:description", preview.description());
        String image = settings.link(IMAGE);
        String alt = t.get("meta.image.alt");
        property(page, "og:image", image);
        property(page, "og:image:type", "image/png");
        property(page, "og:image:width", "1200");
        property(page, "og:image:height", "630");
        property(page, "og:image:alt", alt);
        named(page, "twitter:card", "summary_large_image");
        named(page, "twitter:title", preview.heading());
        named(page, "twitter:description", preview.description());
        named(page, "twitter:image", image);
        named(page, "twitter:image:alt", alt);
    }

    private static void property(Document page, String property, String content) {
        page.head().appendElement("meta").attr("property", property).attr("content", content);
    }

    private static void named(Document page, String name, String content) {
        page.head().appendElement("meta").attr("name", name).attr("content", content);
    }

    /** The layout as {@link MainLayout} draws it for a visitor, holding the page's content. */
    private StaticHtml frame(StaticHtml content, String path, Texts t, Locale locale) {
        var html = StaticHtml.start("div", "class", "portal " + CLASS_NAME)
                .append(MainLayout.skipLink(t))
                .open("header", "class", "portal-header")
                .append(MainLayout.brand(t))
                .open("nav", "aria-label", t.get("nav.label"))
                .open("ul");
        for (String[] link : MainLayout.PUBLIC_LINKS) {
            html.open("li");
            if (MainLayout.isCurrent(path, link[0])) {
                html.element("a", t.get(link[1]), "href", link[0], "aria-current", "page");
            } else {
                html.element("a", t.get(link[1]), "href", link[0]);
            }
            html.close("li");
        }
        html.close("ul").close("nav")
                .open("div", "class", "header-tools")
                // plain links: the language can be changed before the app has started
                .append(LanguageSwitch.links(locale))
                .element("a", t.get("layout.staffLogin"), "href", "logga-in", "class", "staff-login")
                .close("div")
                .close("header")
                .open("main", "id", "content", "tabindex", "-1", "class", "portal-main")
                .append(content)
                .close("main");
        return html.append(MainLayout.footer(t, settings)).close("div");
    }
}
