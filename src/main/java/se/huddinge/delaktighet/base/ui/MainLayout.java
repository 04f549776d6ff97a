package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.PortalI18n;
import se.huddinge.delaktighet.base.i18n.Texts;

/**
 * The municipality's frame around every page: a skip link, the header with navigation and the language switch,
 * the {@code <main>} landmark that holds the page, and the footer with the accessibility statement and the
 * privacy notice. Links are paths, so this shell knows no feature's classes.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** The menu's links for everyone: path and text key ({@link FirstPaint} writes the same). */
    static final String[][] PUBLIC_LINKS = {{"forslag", "nav.proposals"}, {"demokratipriset", "nav.prize"},
            {"mina-inskick", "nav.mine"}};

    private final Main main = new Main();
    private final List<Anchor> navLinks = new ArrayList<>();

    MainLayout(AuthenticationContext auth, PortalSettings settings) {
        addClassName("portal");
        var skip = skipLink(this::getTranslation).toHtml();

        main.setId("content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("portal-main");

        add(skip, header(auth), main, footer(this::getTranslation, settings).toHtml());
        // the page's first HTML painted it before the app started (FirstPaint): this copy replaces it
        addAttachListener(e -> getElement().executeJs(
                "document.querySelectorAll('body > ." + FirstPaint.CLASS_NAME + "').forEach(e => e.remove())"));
    }

    /** The skip link; {@link FirstPaint} writes the same. */
    static StaticHtml skipLink(Texts t) {
        return StaticHtml.start("a", "href", "#content", "class", "skip-link").text(t.get("layout.skip")).close("a");
    }

    /**
     * The logo link to the start page. Its name is its visible text, the municipality's and the portal's names, so a
     * spoken command that names what is seen finds it (WCAG 2.5.3); the logo is decoration. The image has its size,
     * so nothing moves when it arrives.
     */
    static StaticHtml brand(Texts t) {
        return StaticHtml.start("a", "href", "", "class", "brand")
                .open("img", "src", "images/huddinge-logo.svg", "alt", "", "class", "logo", "width", "40",
                        "height", "40")
                .element("span", t.get("layout.municipality"))
                .element("span", t.get("layout.portal"))
                .close("a");
    }

    private Header header(AuthenticationContext auth) {
        var home = brand(this::getTranslation).toHtml();

        var menu = new UnorderedList();
        for (String[] link : PUBLIC_LINKS) {
            menu.add(navItem(link[0], link[1]));
        }
        // staff links show to those the view itself lets in: its annotation is the one place for the rule
        for (String[] staffLink : new String[][] {{"granskning", "nav.review"}, {"granskning/pris", "nav.prizeReview"},
                {"admin/konton", "nav.accounts"}, {"admin/brevmallar", "nav.templates"},
                {"admin/pris", "nav.prizeRounds"}}) {
            if (mayOpen(staffLink[0])) {
                menu.add(navItem(staffLink[0], staffLink[1]));
            }
        }
        var nav = new Nav(menu);
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));

        var tools = new Div();
        tools.addClassName("header-tools");
        tools.add(languageSwitch());
        if (auth.isAuthenticated()) {
            var who = new Span(getTranslation("layout.signedInAs", auth.getPrincipalName().orElse("")));
            who.addClassName("signed-in");
            var password = new Anchor("konto/losenord", getTranslation("layout.password"));
            password.getElement().setAttribute("router-link", true);
            tools.add(password);
            var logout = new Button(getTranslation("layout.logout"), e -> auth.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            tools.add(who, logout);
        } else {
            var login = new Anchor("logga-in", getTranslation("layout.staffLogin"));
            login.addClassName("staff-login");
            tools.add(login);
        }
        var header = new Header(home, nav, tools);
        header.addClassName("portal-header");
        return header;
    }

    private static boolean mayOpen(String path) {
        return RouteConfiguration.forApplicationScope().getRoute(path)
                .map(view -> new AccessAnnotationChecker().hasAccess(view)).orElse(false);
    }

    private ListItem navItem(String path, String key) {
        var link = new Anchor(path, getTranslation(key));
        link.getElement().setAttribute("router-link", true);
        link.getElement().setAttribute("data-path", path);
        navLinks.add(link);
        return new ListItem(link);
    }

    /** The id of the switch's button for a language ({@link FirstPaint}'s placeholder names it). */
    static String languageId(Locale language) {
        return "language-" + language.getLanguage();
    }

    /** One button for each language the page is not in, each named in its own language (DD38). */
    private Div languageSwitch() {
        var choice = new Div();
        choice.addClassName("language-choice");
        for (Locale other : otherLanguages(getLocale())) {
            var button = new Button(languageName(other), e -> LanguageSelection.choose(UI.getCurrent(), other));
            button.getElement().setAttribute("lang", other.getLanguage());
            button.setId(languageId(other));
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            choice.add(button);
        }
        return choice;
    }

    /** The footer never changes while a page is shown: one piece of HTML (docs/benchmarks.md, "Load", P2). */
    static StaticHtml footer(Texts t, PortalSettings settings) {
        String email = settings.contact().email();
        return StaticHtml.start("footer", "class", "portal-footer")
                .element("p", t.get("footer.about", settings.municipality()))
                .open("ul")
                .open("li").element("a", t.get("nav.mine"), "href", "mina-inskick").close("li")
                .open("li").element("a", t.get("howto.title"), "href", HomeView.EASY_READ).close("li")
                .open("li").element("a", t.get("footer.accessibility"), "href", "tillganglighet").close("li")
                .open("li").element("a", t.get("footer.privacy"), "href", "personuppgifter").close("li")
                .open("li").element("a", t.get("footer.openData"), "href", "om-oppna-data").close("li")
                .open("li").element("a", email, "href", "mailto:" + email).close("li")
                .open("li").element("span", t.get("footer.phone", settings.contact().phone())).close("li")
                .close("ul")
                .close("footer");
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        navLinks.forEach(link -> {
            String target = link.getElement().getAttribute("data-path");
            if (isCurrent(path, target)) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    /** Whether a menu link to {@code target} is the current page's ({@code aria-current}). */
    static boolean isCurrent(String path, String target) {
        return path.equals(target) || path.startsWith(target + "/");
    }

    /** The portal's languages in the order the switch shows them. */
    static final List<Locale> LANGUAGES = List.of(PortalI18n.SWEDISH, PortalI18n.FINNISH, PortalI18n.ENGLISH);

    /** The languages the switch offers: every language but the page's. */
    static List<Locale> otherLanguages(Locale current) {
        Locale page = PortalI18n.supported(current);
        return LANGUAGES.stream().filter(l -> !l.equals(page)).toList();
    }

    /** A language's name in itself, as the switch shows it. */
    static String languageName(Locale language) {
        return switch (PortalI18n.supported(language).getLanguage()) {
            case "en" -> "English";
            case "fi" -> "Suomi";
            default -> "Svenska";
        };
    }
}
