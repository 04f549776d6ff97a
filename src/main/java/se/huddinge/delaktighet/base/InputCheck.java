package se.huddinge.delaktighet.base;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Rules for free text from residents. Text is counted in Unicode code points, so most emoji and every Swedish
 * letter count as one (an emoji with a skin tone or a flag counts as two, and the form's counter counts the same
 * way); control characters are refused, except line breaks and tabs in long text; bidirectional control
 * characters are removed. HTML and the like are
 * stored as typed and always shown escaped.
 */
public final class InputCheck {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

    private InputCheck() {
    }

    /**
     * Null when fine, else the problem's key. Bidirectional control characters do not count: they are removed
     * when the text is saved ({@link #clean}).
     */
    public static String text(String value, int max, boolean multiline) {
        value = PlainText.withoutBidiControls(value);
        if (value == null || value.isBlank()) {
            return "required";
        }
        if (value.strip().codePointCount(0, value.strip().length()) > max) {
            return "tooLong";
        }
        if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')))) {
            return "control";
        }
        return null;
    }

    /** Text as it is saved: surrounding space and bidirectional control characters removed (null stays null). */
    public static String clean(String value) {
        return value == null ? null : PlainText.withoutBidiControls(value).strip();
    }

    public static String email(String value) {
        if (value == null || value.isBlank()) {
            return "required";
        }
        String v = value.strip();
        return v.length() > 254 || !EMAIL.matcher(v).matches() ? "email" : null;
    }

    /** One address, one form: surrounding space removed, lower case. */
    public static String normaliseEmail(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
