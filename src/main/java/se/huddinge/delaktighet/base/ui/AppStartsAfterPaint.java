package se.huddinge.delaktighet.base.ui;

import java.time.Duration;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * In production a page whose first HTML shows the page ({@link FirstPaint}) does not start the app with the page.
 * Vaadin's entry script, left in the head, would be fetched with the stylesheets and run before anything was painted,
 * so on a slow phone the reader waited for the whole client first (docs/design-decisions.md, DD34). Here it is
 * replaced by a short inline module (the request's CSP nonce is put on it by {@code security/CspNonce}, as on every
 * script) that imports it
 * <ul>
 * <li>on a page a resident reads first ({@link AppStartsOnInteraction}, DD45): on the reader's first pointer down,
 * touch, key, focus, wheel, scroll or click, or when the page has been loaded {@code portal.web.start-after-idle}
 * without one (then in the browser's next idle moment: {@code requestIdleCallback}, where there is one);</li>
 * <li>on the other pages (managing a proposal, the list behind a "Mina inskick" link, a comment's confirmation): when
 * the browser reports the first contentful paint, or after a second where it reports none.</li>
 * </ul>
 * The app then builds the same page in Vaadin's outlet and removes the copy. A tap or the focus that landed in the
 * copy before is not lost: when the copy goes, the focus moves to the app's counterpart, the element whose id a
 * {@code data-app-focus} region of the copy names (e.g. the support form's e-mail field), or else the app's link
 * with the same {@code href}, or else the app's element with the same id (a Vaadin component once it is defined and
 * has drawn its field). What a resident typed in a form's copy ({@link FormCopy}: inputs naming their app field in
 * {@code data-app-value}) is written into the app's field and sent to the server as typing there would be, before the
 * focus moves. A page without a copy (staff pages) keeps Vaadin's script as it is.
 */
final class AppStartsAfterPaint {

    /** Vite's entry script in Vaadin's page. */
    static final String ENTRY = "script[type=module][src*=/VAADIN/build/indexhtml-]";
    /** The attribute of a region of the copy whose taps and focus go, in the app, to the element of this id. */
    static final String FOCUS = "data-app-focus";

    private static final String STARTER = """
            const src = '%s', lazy = %b, idle = %d;
            const copy = document.querySelector('body > .first-paint');
            const starters = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel', 'scroll', 'click'];
            const start = () => {
              if (start.done) return;
              start.done = true;
              starters.forEach(type => removeEventListener(type, start, true));
              import(src);
            };
            let intent = null;
            // a tap in the copy also focuses its <main tabindex="-1">: the element tapped stays the intent
            const note = e => {
              const t = e.target;
              if (t instanceof Element && copy.contains(t) && !(intent && t !== intent && t.contains(intent))) intent = t;
            };
            const forget = () => { intent = null; };
            const counterpart = element => {
              const region = element.closest('[data-app-focus]');
              if (region) return document.getElementById(region.getAttribute('data-app-focus'));
              const link = element.closest('a[href]');
              if (link) return [...document.querySelectorAll('a[href]')]
                .find(a => a.getAttribute('href') === link.getAttribute('href'));
              return element.id ? document.getElementById(element.id) : null;
            };
            const land = (target, tries) => requestAnimationFrame(() => {
              target.focus();
              if (!target.contains(document.activeElement) && tries > 0) land(target, tries - 1);
            });
            const whenReady = target => (target.localName.includes('-')
              ? customElements.whenDefined(target.localName) : Promise.resolve()).then(() => land(target, 60));
            // what was typed in a form's copy goes to the app's field, as if typed there (FormCopy)
            const carry = () => copy.querySelectorAll('[data-app-value]').forEach(input => {
              const field = document.getElementById(input.getAttribute('data-app-value'));
              const box = input.type === 'checkbox';
              if (!field || (box ? !input.checked : input.value === '')) return;
              customElements.whenDefined(field.localName).then(() => {
                if (box) field.checked = true; else field.value = input.value;
                field.dispatchEvent(new Event('change'));
              });
            });
            if (copy) {
              addEventListener('pointerdown', note, true);
              addEventListener('focusin', note, true);
              addEventListener('pointercancel', forget, true);
              new MutationObserver((records, observer) => {
                if (copy.isConnected) return;
                observer.disconnect();
                removeEventListener('pointerdown', note, true);
                removeEventListener('focusin', note, true);
                removeEventListener('pointercancel', forget, true);
                carry();
                const target = intent && counterpart(intent);
                if (target) whenReady(target);
              }).observe(document.body, { childList: true });
            }
            if (lazy) {
              starters.forEach(type => addEventListener(type, start, { capture: true, passive: true }));
              const later = () => setTimeout(() => window.requestIdleCallback
                ? requestIdleCallback(start, { timeout: 1000 }) : start(), idle);
              if (document.readyState === 'complete') later(); else addEventListener('load', later, { once: true });
            } else {
              try {
                new PerformanceObserver((list, observer) => {
                  if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); start(); }
                }).observe({ type: 'paint', buffered: true });
              } catch (e) {
                start();
              }
              setTimeout(start, 1000);
            }
            """;

    private AppStartsAfterPaint() {
    }

    /**
     * @param onInteraction whether the app waits for the reader ({@link AppStartsOnInteraction}) rather than the paint
     * @param idle          how long a loaded page waits without an interaction before its app starts anyway
     */
    static void apply(Document page, boolean onInteraction, Duration idle) {
        Element entry = page.head().selectFirst(ENTRY);
        if (entry == null) {
            return;
        }
        Element start = new Element("script").attr("type", "module")
                .attr("data-start", onInteraction ? "interaction" : "paint");
        if (entry.hasAttr("nonce")) {
            start.attr("nonce", entry.attr("nonce"));
        }
        start.appendChild(new DataNode(starter(entry.attr("src"), onInteraction, idle)));
        entry.replaceWith(start);
    }

    /** The inline module that imports the entry script once. */
    static String starter(String src, boolean onInteraction, Duration idle) {
        if (!src.matches("[./A-Za-z0-9_-]+\\.js")) {
            throw new IllegalArgumentException("not a bundle file: " + src);
        }
        return STARTER.formatted(src, onInteraction, idle.toMillis());
    }
}
