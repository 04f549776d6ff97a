package se.huddinge.delaktighet.base.web;

import java.util.Locale;
import org.springframework.web.util.HtmlUtils;
import se.huddinge.delaktighet.base.i18n.PortalI18n;

/**
 * The page for a request that never reaches a view: an address Tomcat or the security firewall refuses (a NUL
 * byte, an encoded slash, bytes that are not UTF-8, a request line too long), or any other error answered outside
 * Vaadin. Plain HTML with the portal's stylesheet and landmarks, Swedish first, Finnish and English below, each with a way
 * back to the start page. Nothing in it depends on the request, so it is written once.
 */
final class PlainErrorPage {

    private final String html;

    PlainErrorPage(PortalI18n i18n) {
        Texts sv = new Texts(i18n, PortalI18n.SWEDISH);
        Texts fi = new Texts(i18n, PortalI18n.FINNISH);
        Texts en = new Texts(i18n, PortalI18n.ENGLISH);
        this.html = """
                <!DOCTYPE html>
                <html lang="sv">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s - %2$s</title>
                <link rel="stylesheet" href="/styles/portal.css">
                <link rel="icon" href="/favicon.ico">
                </head>
                <body>
                <div class="portal">
                <header class="portal-header"><a class="brand" href="/"><img class="logo" src="/images/huddinge-logo.svg" width="40" height="40" \
                alt=""><span>%3$s</span><span>%2$s</span></a></header>
                <main class="portal-main" id="content">
                <section class="portal-page">
                <h1>%1$s</h1>
                <p>%4$s</p>
                <p><a href="/">%5$s</a></p>
                </section>
                <section class="portal-page" lang="fi">
                <h2>%9$s</h2>
                <p>%10$s</p>
                <p><a href="/">%11$s</a></p>
                </section>
                <section class="portal-page" lang="en">
                <h2>%6$s</h2>
                <p>%7$s</p>
                <p><a href="/">%8$s</a></p>
                </section>
                </main>
                </div>
                </body>
                </html>
                """.formatted(sv.title, sv.portal, sv.municipality, sv.text, sv.home, en.title, en.text, en.home,
                        fi.title, fi.text, fi.home);
    }

    String html() {
        return html;
    }

    private record Texts(String title, String text, String home, String portal, String municipality) {

        Texts(PortalI18n i18n, Locale locale) {
            this(text(i18n, "badAddress.title", locale), text(i18n, "badAddress.text", locale),
                    text(i18n, "notFound.home", locale), text(i18n, "layout.portal", locale),
                    text(i18n, "layout.municipality", locale));
        }

        private static String text(PortalI18n i18n, String key, Locale locale) {
            return HtmlUtils.htmlEscape(i18n.getTranslation(key, locale), "UTF-8");
        }
    }
}
