package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
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
import se.huddinge.delaktighet.base.PortalSettings;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * The municipality's frame around every page: a skip link, the header with navigation and the language switch,
 * the {@code <main>} landmark that holds the page, and the footer with the accessibility statement and the
 * privacy notice. Links are paths, so this shell knows no feature's classes.
 */
@Layout
@AnonymousAllowed
public final class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main main = new Main();
    private final List<Anchor> navLinks = new ArrayList<>();

    MainLayout(AuthenticationContext auth, PortalSettings settings) {
        addClassName("portal");
        var skip = StaticHtml.start("a", "href", "#content", "class", "skip-link").text(getTranslation("layout.skip"))
                .close("a").toHtml();

        main.setId("content");
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("portal-main");

        add(skip, header(auth), main, footer(settings));
    }

    private Header header(AuthenticationContext auth) {
        var home = StaticHtml.start("a", "href", "", "class", "brand", "aria-label", getTranslation("layout.home"))
                .open("img", "src", "images/huddinge-logo.svg", "alt", "", "class", "logo")
                .element("span", getTranslation("layout.municipality"))
                .element("span", getTranslation("layout.portal"))
                .close("a").toHtml();

        var menu = new UnorderedList();
        menu.add(navItem("forslag", "nav.proposals"));
        menu.add(navItem("demokratipriset", "nav.prize"));
        menu.add(navItem("mina-inskick", "nav.mine"));
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

    private Button languageSwitch() {
        boolean english = PortalI18n.ENGLISH.equals(PortalI18n.supported(getLocale()));
        var other = english ? PortalI18n.SWEDISH : PortalI18n.ENGLISH;
        var button = new Button(english ? "Svenska" : "English", e -> LanguageSelection.choose(UI.getCurrent(), other));
        button.getElement().setAttribute("lang", other.getLanguage());
        button.setId("language-switch");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    /** The footer never changes while a page is shown: one piece of HTML (docs/benchmarks.md, "Load", P2). */
    private Html footer(PortalSettings settings) {
        String email = settings.contact().email();
        return StaticHtml.start("footer", "class", "portal-footer")
                .element("p", getTranslation("footer.about", settings.municipality()))
                .open("ul")
                .open("li").element("a", getTranslation("nav.mine"), "href", "mina-inskick").close("li")
                .open("li").element("a", getTranslation("footer.accessibility"), "href", "tillganglighet").close("li")
                .open("li").element("a", getTranslation("footer.privacy"), "href", "personuppgifter").close("li")
                .open("li").element("a", email, "href", "mailto:" + email).close("li")
                .open("li").element("span", getTranslation("footer.phone", settings.contact().phone())).close("li")
                .close("ul")
                .close("footer").toHtml();
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
            if (path.equals(target) || path.startsWith(target + "/")) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }
}
