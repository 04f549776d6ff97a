package se.huddinge.delaktighet.base.ui;

import java.util.ArrayList;
import java.util.List;
import se.huddinge.delaktighet.base.i18n.Texts;

/**
 * A form as its view draws it, for the page's first HTML ({@link PagePreview}), so a resident who came to write sees
 * the form at once and can start typing before the app has started (docs/design-decisions.md, DD49). Each field is
 * drawn with the measures of its Lumo counterpart ({@link FieldPlaceholder}'s label and box, and the helper text
 * below: portal.css), in
 * the same one- or two-column grid as Vaadin's {@code FormLayout} with the portal's steps, so nothing moves when the
 * app's form replaces it.
 * <ul>
 * <li>Text fields, text areas and check boxes are real, labelled inputs. Each names its app field's id
 * ({@code data-app-value}): when the app replaces the copy, {@link AppStartsAfterPaint}'s module writes what was typed
 * into that field, which sends it to the server as the resident's own typing would, and moves the focus there.</li>
 * <li>Choices (a combo box: {@link FieldPlaceholder}; radio buttons), an upload and a button are drawn, not working
 * ({@code aria-hidden}): a tap
 * on one starts the app and lands on the app's control ({@code data-app-focus}).</li>
 * </ul>
 * The first interaction starts the app ({@link AppStartsOnInteraction}), so the copy's inputs are used for a second
 * or two at most. Texts are escaped as everywhere in {@link StaticHtml}.
 */
public final class FormCopy {

    /** The attribute of a copy's input that names the app's field that takes over what was typed in it. */
    public static final String VALUE = "data-app-value";
    /** The attribute of an empty element of the copy that stands for the app's element of this id. */
    public static final String PLACE = "data-app-place";
    /** A field's label and box: {@link FieldPlaceholder}'s look (portal.css), here on a real label and input. */
    private static final String LABEL = "field-placeholder-label";
    private static final String BOX = "field-placeholder-input";
    /** The prefix of a copy input's id: the app's field has the id without it. */
    static final String ID_PREFIX = "copy-";

    private final StaticHtml html;

    private FormCopy(String maxWidth) {
        html = StaticHtml.start("div", "class", "form-copy", "style", "max-width: " + maxWidth)
                .open("div", "class", "form-copy-grid");
    }

    /** A form whose layout is at most this wide (the view's {@code FormLayout.setMaxWidth}). */
    public static FormCopy start(String maxWidth) {
        return new FormCopy(maxWidth);
    }

    /** A text field ({@code type} "text" or "email"); {@code help} may be null. */
    public FormCopy text(String appId, String type, String label, String help, boolean required, int maxLength,
                         boolean wide) {
        open(appId, wide, "");
        html.element("label", label, "for", ID_PREFIX + appId, "class", LABEL);
        html.open("input", attributes(appId, help, required, "type", type,
                "maxlength", maxLength > 0 ? Integer.toString(maxLength) : null));
        return help(appId, help).close();
    }

    /** A text area at least {@code minHeight} high (as the app's {@code setMinHeight}), always a whole row. */
    public FormCopy area(String appId, String label, String help, boolean required, String minHeight) {
        open(appId, true, " field-copy-area");
        html.element("label", label, "for", ID_PREFIX + appId, "class", LABEL);
        var attributes = attributes(appId, help, required,
                "style", minHeight == null ? null : "--field-copy-min-height: " + minHeight);
        html.open("textarea", attributes).close("textarea");
        return help(appId, help).close();
    }

    /** A check box with its label beside it, always a whole row. */
    public FormCopy checkbox(String appId, String label) {
        html.open("div", "class", "field-copy-check wide", "data-app-focus", appId)
                .open("input", "type", "checkbox", "id", ID_PREFIX + appId, VALUE, appId)
                .element("label", label, "for", ID_PREFIX + appId);
        return close();
    }

    /** A choice the app offers with a combo box, nothing chosen: {@link FieldPlaceholder}'s select, a grid cell wide. */
    public FormCopy choice(String appId, String label, boolean wide) {
        html.open("div", "class", "field-copy-cell" + (wide ? " wide" : ""))
                .append(FieldPlaceholder.select(label, "", appId)).close("div");
        return this;
    }

    /** Radio buttons in a row, none chosen. */
    public FormCopy radios(String appId, String label, List<String> options) {
        html.open("div", "class", "field-placeholder field-copy-radios wide", "data-app-focus", appId,
                        "aria-hidden", "true")
                .element("span", label, "class", LABEL)
                .open("span", "class", "field-copy-options");
        options.forEach(option -> html.open("span", "class", "field-copy-option").element("span", "",
                "class", "field-copy-radio").text(option).close("span"));
        html.close("span");
        return close();
    }

    /** Vaadin's upload: its button and drop text. */
    public FormCopy upload(String appId, String add, String drop) {
        html.open("div", "class", "field-copy-upload wide", "data-app-focus", appId, "aria-hidden", "true")
                .element("span", add, "class", "field-copy-button")
                .element("span", drop, "class", "field-copy-drop")
                .close("div");
        return this;
    }

    /** The form's link to the privacy page, as a whole row; it opens in a new tab, as the app's does. */
    public FormCopy privacyLink(String text) {
        return row(StaticHtml.start("p").element("a", text, "href", "personuppgifter", "target", "_blank").close("p"));
    }

    /** What a browser without JavaScript shows in place of the form's way to send (see {@link #withoutScript}). */
    public FormCopy withoutScriptNote(Texts t) {
        html.append(withoutScript(t));
        return this;
    }

    /**
     * A note only a browser without JavaScript shows ({@code <noscript>}): the copy's inputs take typing, but only the
     * app sends a form, so such a visitor is told before typing in vain ({@code form.needsScript}).
     */
    public static StaticHtml withoutScript(Texts t) {
        return StaticHtml.start("noscript").element("p", t.get("form.needsScript"), "class", "attention wide")
                .close("noscript");
    }

    /** A button of the form, drawn, as a whole row: a tap on it lands on the app's button. */
    public FormCopy button(String appId, String text, boolean primary) {
        html.append(button(appId, text, primary, " wide"));
        return this;
    }

    /** A button outside a form layout, drawn: a tap on it lands on the app's button. */
    public static StaticHtml drawnButton(String appId, String text, boolean primary) {
        return button(appId, text, primary, "");
    }

    private static StaticHtml button(String appId, String text, boolean primary, String wide) {
        return StaticHtml.start("span", "class", "field-copy-button" + wide + (primary ? " primary" : ""),
                "data-app-focus", appId, "aria-hidden", "true").text(text).close("span");
    }

    /** Any fixed markup as a whole row (a heading, a paragraph). */
    public FormCopy row(StaticHtml markup) {
        html.open("div", "class", "form-copy-row wide").append(markup).close("div");
        return this;
    }

    /** A heading of the form as a whole row. */
    public FormCopy heading(String text) {
        html.element("h2", text, "class", "wide");
        return this;
    }

    /** A paragraph of the form as a whole row. */
    public FormCopy paragraph(String text) {
        html.element("p", text, "class", "wide");
        return this;
    }

    /**
     * The place of an empty paragraph the app fills later (a "too many" line): it takes the same space when empty.
     * {@code data-app-place} names the app's paragraph, for tests that compare the two.
     */
    public FormCopy placeOf(String appId) {
        html.element("p", "", "class", "wide", PLACE, appId);
        return this;
    }

    /** The finished form. */
    public StaticHtml done() {
        return html.close("div").close("div");
    }

    private void open(String appId, boolean wide, String kind) {
        html.open("div", "class", "field-placeholder field-copy" + kind + (wide ? " wide" : ""),
                "data-app-focus", appId);
    }

    private static String[] attributes(String appId, String help, boolean required, String... more) {
        var all = new ArrayList<>(List.of("id", ID_PREFIX + appId, VALUE, appId, "class", BOX));
        if (required) {
            all.addAll(List.of("aria-required", "true"));
        }
        if (help != null) {
            all.addAll(List.of("aria-describedby", ID_PREFIX + appId + "-help"));
        }
        for (int i = 0; i < more.length; i += 2) {
            if (more[i + 1] != null) {
                all.add(more[i]);
                all.add(more[i + 1]);
            }
        }
        return all.toArray(String[]::new);
    }

    private FormCopy help(String appId, String help) {
        if (help != null) {
            html.element("div", help, "class", "field-copy-help", "id", ID_PREFIX + appId + "-help");
        }
        return this;
    }

    private FormCopy close() {
        html.close("div");
        return this;
    }
}
