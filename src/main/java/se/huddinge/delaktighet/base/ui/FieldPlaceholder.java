package se.huddinge.delaktighet.base.ui;

/**
 * A field's place in a page's first HTML ({@link FirstPaint}) before the app has drawn the field: its visible label
 * and what it shows at first, the size and look of Lumo's text field or select ({@code .field-placeholder} in
 * {@code portal.css}), so nothing moves when the app's field takes its place. Like a button's place
 * ({@code .button-placeholder}) it is hidden from assistive technology, and a tap on it before the app runs puts the
 * focus in the app's field of that id ({@code data-app-focus}, {@link AppStartsAfterPaint}; DD45, DD48).
 */
public final class FieldPlaceholder {

    private FieldPlaceholder() {
    }

    /** A text field's place: its label and an empty box. */
    public static StaticHtml textField(String label, String appFieldId) {
        return field(label, "", appFieldId, "field-placeholder");
    }

    /** A select's place: its label, the item it shows at first and the drop-down mark. */
    public static StaticHtml select(String label, String shown, String appFieldId) {
        return field(label, shown, appFieldId, "field-placeholder field-placeholder-select");
    }

    private static StaticHtml field(String label, String shown, String appFieldId, String classes) {
        return StaticHtml.start("span", "class", classes, "aria-hidden", "true",
                        AppStartsAfterPaint.FOCUS, appFieldId)
                .element("span", label, "class", "field-placeholder-label")
                .open("span", "class", "field-placeholder-input")
                .element("span", shown, "class", "field-placeholder-value")
                .close("span")
                .close("span");
    }
}
