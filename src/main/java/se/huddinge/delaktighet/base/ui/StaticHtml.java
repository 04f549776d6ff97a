package se.huddinge.delaktighet.base.ui;

import com.vaadin.flow.component.Html;
import org.springframework.web.util.HtmlUtils;

/**
 * Markup that never changes while it is shown (a page's fixed texts, the footer), written as one {@link Html}
 * component instead of a component per element. Every Vaadin component is a state node that the visitor's session
 * keeps for its whole life (0.1–0.5 KB each, and its part of the last answer Vaadin keeps for a resend), so a page
 * of fixed text costs far less as one piece of HTML; the browser gets the same elements, attributes and text.
 * Texts and attribute values are escaped; tags and attribute names are the caller's constants.
 */
public final class StaticHtml {

    private final StringBuilder out = new StringBuilder();

    private StaticHtml() {
    }

    /** Starts the root element; {@code attributes} are name-value pairs, a {@code null} value writes the name alone. */
    public static StaticHtml start(String tag, String... attributes) {
        return new StaticHtml().open(tag, attributes);
    }

    public StaticHtml open(String tag, String... attributes) {
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]);
            if (attributes[i + 1] != null) {
                out.append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        out.append('>');
        return this;
    }

    /** An element holding only this text. */
    public StaticHtml element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    public StaticHtml text(String text) {
        out.append(escape(text));
        return this;
    }

    public StaticHtml close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Markup written by another builder (already escaped), appended as it is. */
    public StaticHtml append(StaticHtml other) {
        out.append(other.out);
        return this;
    }

    /** The component; the root element must have been closed. */
    public Html toHtml() {
        return new Html(out.toString());
    }

    /** The markup, for a page's first HTML ({@link FirstPaint}). */
    public String markup() {
        return out.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
