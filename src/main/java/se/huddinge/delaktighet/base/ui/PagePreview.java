package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import java.util.Locale;
import java.util.Optional;
import se.huddinge.delaktighet.base.i18n.Texts;

/**
 * What a public page says in its first HTML, before the app starts ({@link FirstPaint}): its title, description and
 * link-preview tags, and its main content as the view then shows it, so the page paints before the JavaScript runs
 * and search engines and link previews (a chat, a social network) read it. One bean per public view; a page without
 * one gets the portal's name as its title and no content.
 */
public interface PagePreview {

    /** The view this preview stands for. */
    Class<? extends Component> view();

    /** The preview of the page these route parameters name, in this language; empty when it shows nothing public. */
    Optional<Preview> preview(RouteParameters parameters, Locale locale);

    /**
     * @param heading       the page's {@code h1} as the view shows it; the title is it and the portal's name
     * @param description   plain text for the meta description and the link preview
     * @param content       the page's {@code section} as the view renders it (the same elements, classes and text)
     * @param canonicalPath the page's own address inside the portal; {@code null} for a page search engines must not
     *                      read ({@link NotForSearchEngines})
     * @param article       one item (a proposal) rather than a page of the portal
     */
    record Preview(String heading, String description, StaticHtml content, String canonicalPath, boolean article) {
    }

    /**
     * A page whose first HTML is its heading and, when {@code introKey} is not null, its first paragraph, which is
     * also its description; without one the description is {@code descriptionKey}'s text.
     */
    static PagePreview of(Class<? extends Component> view, I18NProvider provider, String titleKey, String introKey,
                          String descriptionKey, Object... params) {
        String path = view.isAnnotationPresent(NotForSearchEngines.class) ? null
                : view.getAnnotation(Route.class).value();
        return of(view, provider, (t, locale) -> {
            String heading = t.get(titleKey);
            var content = section(heading);
            String description;
            if (introKey != null) {
                description = t.get(introKey, params);
                content.element("p", description);
            } else {
                description = t.get(descriptionKey, params);
            }
            return new Preview(heading, description, content.close("section"), path, false);
        });
    }

    /**
     * A one-time link's page: its heading, its introduction and its button, drawn ({@link FormCopy#drawnButton}): the
     * link is used on the app's button, never by opening the page (a mail scanner opens links), so the page waits
     * for the reader like a page read first ({@link AppStartsOnInteraction}).
     */
    static PagePreview ofLinkAction(Class<? extends Component> view, I18NProvider provider, String titleKey,
                                    String introKey, String buttonKey, String buttonId) {
        return of(view, provider, (t, locale) -> {
            String heading = t.get(titleKey);
            String intro = t.get(introKey);
            return new Preview(heading, intro, section(heading).element("p", intro)
                    .append(FormCopy.withoutScript(t))
                    .append(FormCopy.drawnButton(buttonId, t.get(buttonKey), true)).close("section"), null, false);
        });
    }

    /** A page whose first HTML is built in the visitor's words and language, whatever its route parameters. */
    static PagePreview of(Class<? extends Component> view, I18NProvider provider,
                          java.util.function.BiFunction<Texts, Locale, Preview> build) {
        return new PagePreview() {
            @Override
            public Class<? extends Component> view() {
                return view;
            }

            @Override
            public Optional<Preview> preview(RouteParameters parameters, Locale locale) {
                return Optional.of(build.apply(Texts.of(provider, locale), locale));
            }
        };
    }

    /** The start of a page's section as {@link PortalPage} renders it, up to and including its heading. */
    static StaticHtml section(String heading, String... headingAttributes) {
        return StaticHtml.start("section", "class", "portal-page").element("h1", heading, headingAttributes);
    }

    /** At most {@code max} characters of plain text, cut after a whole word, with "…" when cut. */
    static String summary(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        return flat.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
