package se.huddinge.delaktighet.base.ui;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * In production a page whose first HTML shows the page ({@link FirstPaint}) starts the app only once the browser has
 * painted that copy (docs/design-decisions.md, DD34). Vaadin's entry script, left in the head, would be fetched with
 * the stylesheets and run before anything was painted, so on a slow phone the reader waited for the whole client
 * first. Here it is replaced by a short inline module (the request's CSP nonce is put on it by
 * {@code security/CspNonce}, as on every script) that imports it when the browser reports the first contentful
 * paint, or after a second where it reports none. The app then builds the same page in Vaadin's outlet and the copy
 * is removed. A page without a copy (staff pages) keeps Vaadin's script as it is.
 */
final class AppStartsAfterPaint {

    /** Vite's entry script in Vaadin's page. */
    static final String ENTRY = "script[type=module][src*=/VAADIN/build/indexhtml-]";

    private AppStartsAfterPaint() {
    }

    static void apply(Document page) {
        Element entry = page.head().selectFirst(ENTRY);
        if (entry == null) {
            return;
        }
        Element start = new Element("script").attr("type", "module");
        if (entry.hasAttr("nonce")) {
            start.attr("nonce", entry.attr("nonce"));
        }
        start.appendChild(new DataNode(starter(entry.attr("src"))));
        entry.replaceWith(start);
    }

    /** The inline module that imports the entry script once: at the first contentful paint, or after a second. */
    static String starter(String src) {
        if (!src.matches("[./A-Za-z0-9_-]+\\.js")) {
            throw new IllegalArgumentException("not a bundle file: " + src);
        }
        return "const start = () => { if (!start.done) { start.done = true; import('" + src + "'); } };"
                + " try { new PerformanceObserver((list, observer) => {"
                + " if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); start(); } })"
                + ".observe({ type: 'paint', buffered: true }); } catch (e) { start(); }"
                + " setTimeout(start, 1000);";
    }
}
